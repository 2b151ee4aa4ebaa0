package dev.kizuki.examples.bench;

import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.DatasetSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic organization in a checklist's dataset formats, driven by the schemas alone: every
 * column gets values of its type (declared enum values, dates within two years of the assessment date,
 * yes/no words, ports for {@code port} columns), a column named after another dataset's key refers to that
 * dataset's rows so joins hit, and optional cells are blank now and then. The same seed gives the same
 * bytes. Not thread-safe; one instance per run.
 */
public final class DataGenerator {
  private final Checklist checklist;
  private final LocalDate asOf;
  private final long seed;

  public DataGenerator(Checklist checklist, LocalDate asOf, long seed) {
    this.checklist = checklist;
    this.asOf = asOf;
    this.seed = seed;
  }

  /** How many rows each dataset gets when {@code main} gets {@code rows}: proportionate, at least 5. */
  public Map<String, Long> sizes(String main, long rows) {
    Map<String, Long> sizes = new HashMap<>();
    for (DatasetSchema ds : checklist.datasets()) {
      long n = switch (ds.id()) {
        case "systems", "backups" -> rows / 100;
        case "exposed_services" -> rows / 200;
        case "cloud_services" -> rows / 1_000;
        default -> rows / 2_000;
      };
      sizes.put(ds.id(), ds.id().equals(main) ? rows : Math.max(5, n));
    }
    return sizes;
  }

  /** Writes {@code <dataset>.csv} for every dataset into {@code dir}, sized by {@link #sizes}. */
  public void write(Path dir, String main, long rows) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> sizes = sizes(main, rows);
    Map<String, String> keyOwners = new HashMap<>();
    for (DatasetSchema ds : checklist.datasets()) {
      keyOwners.putIfAbsent(ds.key(), ds.id());
    }
    int index = 0;
    for (DatasetSchema ds : checklist.datasets()) {
      SplittableRandom rnd = new SplittableRandom(seed * 31 + index++);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(ds.id() + ".csv"), StandardCharsets.UTF_8)) {
        List<Column> cols = ds.columns();
        for (int c = 0; c < cols.size(); c++) {
          w.write(c == 0 ? "" : ",");
          w.write(cols.get(c).name());
        }
        w.write("\r\n");
        long n = sizes.get(ds.id());
        StringBuilder line = new StringBuilder(256);
        for (long r = 0; r < n; r++) {
          line.setLength(0);
          for (int c = 0; c < cols.size(); c++) {
            if (c > 0) {
              line.append(',');
            }
            Column col = cols.get(c);
            if (col.name().equals(ds.key())) {
              line.append(ds.id(), 0, Math.min(3, ds.id().length())).append('-').append(r);
            } else if (keyOwners.containsKey(col.name()) && !keyOwners.get(col.name()).equals(ds.id())) {
              String owner = keyOwners.get(col.name());
              long ownerRows = sizes.get(owner);
              line.append(owner, 0, Math.min(3, owner.length())).append('-').append(rnd.nextLong(ownerRows));
            } else if (col.required() || rnd.nextInt(50) != 0) {
              value(col, rnd, line);
            }
          }
          w.append(line).append("\r\n");
        }
      }
    }
  }

  private static final String[] YES = {"yes", "no", "はい", "いいえ", "true", "false"};
  private static final int[] PORTS = {22, 25, 80, 443, 445, 3389, 8080, 8443};

  private void value(Column col, SplittableRandom rnd, StringBuilder out) {
    switch (col.type()) {
      case ENUM -> out.append(col.values().get(rnd.nextInt(col.values().size())).value());
      case BOOLEAN -> out.append(YES[rnd.nextInt(YES.length)]);
      case DATE -> out.append(asOf.minusDays(rnd.nextInt(730)));
      case INTEGER -> out.append(col.name().contains("port") ? PORTS[rnd.nextInt(PORTS.length)] : rnd.nextInt(100));
      case DECIMAL -> out.append(rnd.nextInt(1000)).append('.').append(rnd.nextInt(10));
      // No comma inside a cell: the generator writes unquoted CSV, so a list is space separated.
      case NETWORK -> out.append(rnd.nextBoolean() ? "10.0.0.0/8 192.168.1.0 255.255.255.0" : "any");
      case STRING -> out.append(col.name().contains("source") ? (rnd.nextBoolean() ? "10.0.0.0/8" : "any")
          : col.name()).append(col.name().contains("source") ? "" : "-" + rnd.nextInt(1000));
    }
  }
}
