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
}
