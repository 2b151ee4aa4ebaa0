package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The guarded reader scans lazily (see {@link GuardedReader}); this checks it against scanning every
 * character, on generated files built to reach every path: blank lines before records, quoted fields with
 * line breaks, CR, LF and CRLF, a last record with or without a line break, fields and records over the
 * limits, too many fields, text after a closing quote, a quote left open, bytes that are not UTF-8, all read
 * through chunks of random size. Both ways must give the same rows (with their lines) and the same issues.
 */
class LazyGuardTest {
  private static final int CASES = 3000;
  private static final String HEADER = "system_id,name,criticality,internet_facing,last_backup,servers,cost";

  @Test
  void lazyScanning_readsExactlyAsScanningEveryCharacter() throws IOException {
    Map<String, Integer> endings = new TreeMap<>();
    for (int seed = 0; seed < CASES; seed++) {
      Random random = new Random(seed);
      Limits limits = new Limits(1 << 20, 64, 10_000, 256, 100_000, 20 + random.nextInt(200), 6 + random.nextInt(6), 1L << 30);
      byte[] file = generate(random, limits.maxFieldChars());
      int chunk = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(300);

      Read lazy = read(limits, file, chunk, true, seed);
      Read exact = read(limits, file, chunk, false, seed);

      assertThat(lazy.rows).as("rows of case %d", seed).isEqualTo(exact.rows);
      assertThat(lazy.result).as("result of case %d", seed).isEqualTo(exact.result);
      endings.merge(ending(exact.result), 1, Integer::sum);
    }
    // The generator must reach every way a read can end, or the comparison proves little.
    assertThat(endings.keySet()).contains(
        "ok", "field too long", "record too long", "too many fields", "trailing data", "unclosed quote",
        "not UTF-8");
    assertThat(endings.get("ok")).isGreaterThan(CASES / 4);
  }

  @Test
  void aFieldOverTheLimit_isCaughtWhereverTheChunksEnd() throws IOException {
    // The machine may have caught up in the middle of the record, or of the long field itself; the field must
    // still stop the read before its record is returned.
    Limits limits = Limits.defaults().withMaxFieldChars(50);
    for (String record : List.of(
        "sys-1," + "x".repeat(51) + ",high,,,,",
        "sys-1,name,high,yes,2025-01-01,12," + "9".repeat(51),
        "\"sys\n1\"," + "x".repeat(40) + ",\"" + "y".repeat(51) + "\",,,,")) {
      // Blank lines first: Encodings reads the first 64 KiB at once, the chunks count only past them.
      String text = "\n".repeat(Encodings.SNIFF_BYTES) + HEADER + "\nsys-0,a,low,,,,\n" + record + "\nsys-2,b,low,,,,\n";
      byte[] file = text.getBytes(StandardCharsets.UTF_8);
      for (int chunk = 1; chunk <= 120; chunk++) {
        Read lazy = read(limits, file, -chunk, true, 0);
        Read exact = read(limits, file, -chunk, false, 0);
        assertThat(lazy).as("%s in chunks of %d", record, chunk).isEqualTo(exact);
        assertThat(exact.rows).hasSize(1);
        assertThat(exact.result.fatal()).isTrue();
      }
    }
  }

  private record Read(ReadResult result, List<String> rows) {}

  private static Read read(Limits limits, byte[] file, int chunk, boolean lazy, int seed) throws IOException {
    List<String> rows = new ArrayList<>();
    ReadResult result = new CsvDatasetReader(limits, CsvDatasetReader.MAX_ISSUES, lazy).read(
        TestSchemas.systems(), "s.csv", new Trickle(file, chunk, new Random(seed)), StandardCharsets.UTF_8,
        row -> rows.add(row.line() + " " + row.key() + " " + row.values()));
    return new Read(result, rows);
  }

  private static String ending(ReadResult r) {
    if (!r.fatal()) {
      return "ok";
    }
    String en = r.issues().get(r.issues().size() - 1).message().en();
    if (en.startsWith("expected a field of at most")) {
      return "field too long";
    } else if (en.startsWith("expected a row of at most")) {
      return "record too long";
    } else if (en.contains("fields in a row")) {
      return "too many fields";
    } else if (en.contains("after a closing quote")) {
      return "trailing data";
    } else if (en.startsWith("expected a closing quote")) {
      return "unclosed quote";
    } else if (en.startsWith("expected valid UTF-8")) {
      return "not UTF-8";
    }
    return en;
  }

  /** A header and records of every shape the reader has a path for. */
  private static byte[] generate(Random random, int maxFieldChars) {
    boolean hazards = random.nextBoolean(); // else only shapes within the limits and the syntax
    StringBuilder sb = new StringBuilder();
    String[] breaks = {"\n", "\r\n", "\r"};
    String eol = breaks[random.nextInt(3)];
    if (random.nextBoolean()) {
      // Encodings reads the first 64 KiB at once; past them the chunks of random size reach the reader.
      sb.append(eol.repeat(Encodings.SNIFF_BYTES / eol.length() + 1));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      sb.append(random.nextBoolean() ? "" : "  ").append(eol);
    }
    sb.append(HEADER).append(eol);
    int records = random.nextInt(60);
    for (int r = 0; r < records; r++) {
      if (random.nextInt(8) == 0) {
        sb.append(eol); // a blank line
      }
      if (hazards && random.nextInt(80) == 0) {
        // Nine fields at the field limit: over the record limit of (7 columns + 1) × maxFieldChars.
        sb.append(String.join(",", java.util.Collections.nCopies(9, "y".repeat(maxFieldChars)))).append(eol);
        continue;
      }
      int fields = hazards && random.nextInt(40) == 0 ? 7 + random.nextInt(10) : 7;
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          sb.append(',');
        }
        sb.append(field(random, f, hazards ? maxFieldChars : maxFieldChars - 2, breaks, hazards));
      }
      if (r < records - 1 || random.nextInt(3) > 0) {
        sb.append(random.nextInt(10) == 0 ? breaks[random.nextInt(3)] : eol);
      }
    }
    if (hazards && random.nextInt(30) == 0) {
      sb.append(eol).append("sys-9,\"open"); // a quote left open to the end
    }
    byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (hazards && random.nextInt(60) == 0 && text.length > 0) {
      text[random.nextInt(text.length)] = (byte) 0xFF;
    }
    return text;
  }

  private static String field(Random random, int index, int maxFieldChars, String[] breaks, boolean hazards) {
    int shape = random.nextInt(100);
    if (shape < 3) {
      return "x".repeat(maxFieldChars - 2 + random.nextInt(5)); // around the field limit
    }
    if (shape < 12) {
      StringBuilder q = new StringBuilder("\"");
      for (int i = random.nextInt(4); i >= 0; i--) {
        q.append(switch (random.nextInt(5)) {
          case 0 -> "a,b";
          case 1 -> "\"\"";
          case 2 -> breaks[random.nextInt(3)];
          case 3 -> "名前";
          default -> "v";
        });
      }
      q.append('"');
      if (random.nextInt(15) == 0) {
        q.append(hazards && random.nextBoolean() ? "x" : "  "); // skipped whitespace, or trailing data
      }
      return q.toString();
    }
    if (shape < 20) {
      return "";
    }
    return switch (index) {
      case 0 -> "sys-" + random.nextInt(1000);
      case 2 -> random.nextBoolean() ? "high" : "低";
      case 3 -> random.nextBoolean() ? "yes" : "いいえ";
      case 4 -> "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
      case 5 -> String.valueOf(random.nextInt(100));
      default -> "text " + random.nextInt(100);
    };
  }

  /** Hands out at most {@code chunk} bytes per read, a random number of them (exactly {@code -chunk} if negative). */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;
    private final Random random;

    Trickle(byte[] bytes, int chunk, Random random) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
      this.random = random;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      // chunk < 0: exactly -chunk bytes each time
      int n = chunk == Integer.MAX_VALUE ? len : Math.min(len, chunk < 0 ? -chunk : 1 + random.nextInt(chunk));
      return in.read(b, off, n);
    }
  }
}
