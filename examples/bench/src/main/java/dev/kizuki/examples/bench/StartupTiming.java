package dev.kizuki.examples.bench;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Checklist;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import dev.kizuki.checklists.BundledChecklists;
import dev.kizuki.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a cold CLI-like run spends its time, measured from JVM start: until our code starts, loading the
 * bundled checklist, compiling it, assessing a folder, and writing the text report. One cold run per JVM,
 * as a user experiences it, then the same steps warm (the median of the last 100 of 200 more runs), which
 * is what our code itself costs; the difference is the JVM loading, verifying and compiling it.
 *
 * <pre>java -cp examples/bench/target/kizuki-bench.jar dev.kizuki.examples.bench.StartupTiming examples/data/sample-operator</pre>
 */
public final class StartupTiming {
  private StartupTiming() {}

  public static void main(String[] args) throws IOException {
    long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/data/sample-operator");
    long[] cold = run(dir);
    long total = ManagementFactory.getRuntimeMXBean().getUptime();
    // The same work again in this JVM, warm: what our code itself costs once its classes are loaded and
    // compiled. The rest of a cold run is the JVM starting up our code.
    long[][] warm = new long[WARM_RUNS][];
    for (int i = 0; i < WARM_RUNS; i++) {
      warm[i] = run(dir);
    }
    System.out.printf(Locale.ROOT, "%-32s %8s %8s%n", "", "cold", "warm");
    System.out.printf(Locale.ROOT, "%-32s %8d%n", "JVM start to main (ms)", atMain);
    String[] stages = {"load nisc-2020", "compile", "assess sample (53 items)", "text report"};
    for (int s = 0; s < stages.length; s++) {
      System.out.printf(Locale.ROOT, "%-32s %8.1f %8.1f%n", stages[s] + " (ms)", cold[s] / 1e6, median(warm, s) / 1e6);
    }
    System.out.printf(Locale.ROOT, "%-32s %8.1f %8.1f%n", "load + compile (ms)", (cold[0] + cold[1]) / 1e6,
        (median(warm, 0) + median(warm, 1)) / 1e6);
    System.out.printf(Locale.ROOT, "load + compile from JVM start: %d ms%n", atMain + (cold[0] + cold[1]) / 1_000_000);
    System.out.printf(Locale.ROOT, "total uptime after the cold run: %d ms%n", total);
  }

  private static final int WARM_RUNS = 200;

  /** Nanoseconds of: load, compile, assess, write the text report. */
  private static long[] run(Path dir) throws IOException {
    long t0 = System.nanoTime();
    Checklist checklist = BundledChecklists.nisc2020();
    long t1 = System.nanoTime();
    CompiledChecklist compiled = CompiledChecklist.compile(checklist);
    long t2 = System.nanoTime();
    Assessment a = compiled.assess(Inputs.directory(dir), AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)));
    long t3 = System.nanoTime();
    StringWriter out = new StringWriter();
    ReportFormat.TEXT.writer().write(a, Lang.EN, out);
    long t4 = System.nanoTime();
    return new long[] {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
  }

  /** The median over the last half of the runs (the first half warms up the JIT). */
  private static long median(long[][] runs, int stage) {
    long[] v = new long[runs.length / 2];
    for (int i = 0; i < v.length; i++) {
      v[i] = runs[runs.length - v.length + i][stage];
    }
    java.util.Arrays.sort(v);
    return v[v.length / 2];
  }
}
