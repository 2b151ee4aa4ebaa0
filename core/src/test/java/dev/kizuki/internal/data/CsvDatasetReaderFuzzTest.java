package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kizuki.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link CsvDatasetReader} with arbitrary bytes over a fixed schema. Content problems must become
 * issues: no exception escapes (reading a byte array cannot fail with an {@code IOException}), the rows passed
 * to the sink are the rows counted, and every issue names the file. Regression mode runs the seeds in {@code
 * CsvDatasetReaderFuzzTestInputs/read_anyBytes_neverThrows}; see docs/robustness.md for fuzzing mode.
 */
class CsvDatasetReaderFuzzTest {
  private static final Charset[] CHARSETS = {
    StandardCharsets.UTF_8, Charset.forName("windows-31j"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE
  };

  @FuzzTest(maxDuration = "10m")
  void read_anyBytes_neverThrows(FuzzedDataProvider data) throws IOException {
    // Small limits so the fuzzer reaches every cap; the explicit charset is absent half of the time.
    Limits limits = Limits.defaults().withMaxFieldChars(data.consumeInt(1, 256))
        .withMaxFileBytes(data.consumeLong(1, 1 << 16));
    Charset explicit = data.consumeBoolean() ? data.pickValue(CHARSETS) : null;
    byte[] bytes = data.consumeRemainingAsBytes();
    List<Row> rows = new ArrayList<>();

    ReadResult r = new CsvDatasetReader(limits).read(
        TestSchemas.systems(), "fuzz.csv", new ByteArrayInputStream(bytes), explicit, rows::add);

    assertThat(r.rows()).isEqualTo(rows.size());
    assertThat(r.issues()).allSatisfy(i -> {
      assertThat(i.source()).isEqualTo("fuzz.csv");
      assertThat(i.line()).isNotNegative();
      assertThat(i.message().en()).isNotBlank();
      assertThat(i.message().ja()).isNotBlank();
    });
    if (r.fatal()) {
      assertThat(r.issues()).isNotEmpty();
    }
  }

  /**
   * The guarded reader's lazy scanning reads arbitrary bytes exactly as scanning every character: the same
   * rows at the same lines and the same issues (see {@link LazyGuardTest} for generated CSV).
   */
  @FuzzTest(maxDuration = "10m")
  void read_lazyScanning_sameAsEveryCharacter(FuzzedDataProvider data) throws IOException {
    Limits limits = Limits.defaults().withMaxFieldChars(data.consumeInt(1, 256))
        .withMaxFileBytes(data.consumeLong(1, 1 << 20));
    byte[] bytes = data.consumeRemainingAsBytes();

    List<String> lazyRows = new ArrayList<>();
    ReadResult lazy = new CsvDatasetReader(limits, CsvDatasetReader.MAX_ISSUES, true).read(
        TestSchemas.systems(), "fuzz.csv", new ByteArrayInputStream(bytes), null, row -> lazyRows.add(describe(row)));
    List<String> exactRows = new ArrayList<>();
    ReadResult exact = new CsvDatasetReader(limits, CsvDatasetReader.MAX_ISSUES, false).read(
        TestSchemas.systems(), "fuzz.csv", new ByteArrayInputStream(bytes), null, row -> exactRows.add(describe(row)));

    assertThat(lazyRows).isEqualTo(exactRows);
    assertThat(lazy).isEqualTo(exact);
  }

  private static String describe(Row row) {
    return row.line() + " " + row.key() + " " + row.values();
  }
}
