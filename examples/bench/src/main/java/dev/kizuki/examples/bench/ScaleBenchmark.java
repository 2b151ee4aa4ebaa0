package dev.kizuki.examples.bench;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.checklists.BundledChecklists;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * End-to-end scale benchmark, in one process: generates a synthetic organization, then times (a) a bare
 * Commons CSV pass over the same files that touches every field and (b) a full {@code nisc-2020} assessment
 * of them, best of several runs after a warm-up. The last line printed is {@code assess/parse ratio: X.XX}.
 *
 * <pre>java -cp examples/bench/target/kizuki-bench.jar dev.kizuki.examples.bench.ScaleBenchmark --rows 1000000</pre>
 *
 * <p>Options: {@code --rows N} (default 1,000,000 endpoint rows), {@code --dataset ID} (which dataset gets
 * N rows; default {@code endpoints}), {@code --runs K} (timed runs of each, default 3), {@code --seed S},
 * {@code --dir DIR} (keep the generated files there instead of a temporary folder).
 */
public final class ScaleBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private ScaleBenchmark() {}

  public static void main(String[] args) throws IOException {
    long rows = 1_000_000;
    String dataset = "endpoints";
    int runs = 3;
    long seed = 1;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
        case "--dataset" -> dataset = args[++i];
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; expected --rows N, --dataset ID, --runs K, --seed S, --dir DIR");
      }
    }
    boolean temporary = dir == null;
    Path data = temporary ? Files.createTempDirectory("kizuki-bench") : dir;
    try {
      long t0 = System.nanoTime();
      CompiledChecklist checklist = CompiledChecklist.compile(BundledChecklists.nisc2020());
      new DataGenerator(checklist.checklist(), AS_OF, seed).write(data, dataset, rows);
      System.out.printf(Locale.ROOT, "generated %,d %s rows (+ proportionate datasets), %,d MB, in %.1f s%n", rows,
          dataset, size(data) / (1024 * 1024), (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "java %s, %d cpus, max heap %,d MB%n", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));

      AssessmentOptions options = AssessmentOptions.asOf(AS_OF);
      // Warm-up: one of each, so both timings are of compiled code.
      long fields = parse(data);
      Assessment warm = checklist.assess(Inputs.directory(data), options);
      long[] parse = new long[runs];
      long[] assess = new long[runs];
      for (int r = 0; r < runs; r++) {
        long s = System.nanoTime();
        parse(data);
        parse[r] = System.nanoTime() - s;
        s = System.nanoTime();
        checklist.assess(Inputs.directory(data), options);
        assess[r] = System.nanoTime() - s;
      }
      long bestParse = Arrays.stream(parse).min().orElseThrow();
      long bestAssess = Arrays.stream(assess).min().orElseThrow();
      System.out.printf(Locale.ROOT, "score %.2f, %d data issues, %,d fields%n", warm.score(), warm.dataIssues().size(),
          fields);
      System.out.printf(Locale.ROOT, "parse (bare Commons CSV, every field): best %,d ms of %s%n",
          bestParse / 1_000_000, millis(parse));
      System.out.printf(Locale.ROOT, "assess (nisc-2020, all datasets): best %,d ms of %s%n", bestAssess / 1_000_000,
          millis(assess));
      System.out.printf(Locale.ROOT, "assess/parse ratio: %.2f%n", (double) bestAssess / bestParse);
    } finally {
      if (temporary) {
        try (Stream<Path> files = Files.walk(data)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  /** A bare strict Commons CSV pass over every file, touching every field; returns the number of fields. */
  static long parse(Path dir) throws IOException {
    long fields = 0;
    long chars = 0;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (Path file : csvFiles(dir)) {
      try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 64 * 1024);
          CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
        for (CSVRecord record : parser) {
          for (int i = 0; i < record.size(); i++) {
            chars += record.get(i).length();
            fields++;
          }
        }
      }
    }
    // Use the sum so the JIT cannot drop the field reads.
    return chars >= 0 ? fields : -1;
  }

  private static List<Path> csvFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".csv")).sorted().toList());
    }
  }

  private static long size(Path dir) throws IOException {
    long total = 0;
    for (Path p : csvFiles(dir)) {
      total += Files.size(p);
    }
    return total;
  }

  private static String millis(long[] nanos) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < nanos.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d", nanos[i] / 1_000_000));
    }
    return sb.append("] ms").toString();
  }
}
