package dev.kizuki.examples.bench;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Checklist;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import dev.kizuki.checklists.BundledChecklists;
import dev.kizuki.report.TextReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a cold CLI-like run spends its time, measured from JVM start: until our code starts, loading the
 * bundled checklist, compiling it, assessing a folder, and writing the text report. One cold run per JVM,
 * as a user experiences it.
 *
 * <pre>java -cp examples/target/kizuki.jar dev.kizuki.examples.bench.StartupTiming examples/data/sample-operator</pre>
 */
public final class StartupTiming {
  private StartupTiming() {}

  public static void main(String[] args) throws IOException {
    long atMain = ManagementFactory.getRuntimeMXBean().getUptime();
    long t0 = System.nanoTime();
    Checklist checklist = BundledChecklists.nisc2020();
    long t1 = System.nanoTime();
    CompiledChecklist compiled = CompiledChecklist.compile(checklist);
    long t2 = System.nanoTime();
    Assessment a = compiled.assess(Inputs.directory(Path.of(args.length > 0 ? args[0] : "examples/data/sample-operator")),
        AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)));
    long t3 = System.nanoTime();
    StringWriter out = new StringWriter();
    new TextReportWriter().write(a, Lang.EN, out);
    long t4 = System.nanoTime();
    long total = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "JVM start to main:        %5d ms%n", atMain);
    System.out.printf(Locale.ROOT, "load nisc-2020:           %5d ms%n", (t1 - t0) / 1_000_000);
    System.out.printf(Locale.ROOT, "compile:                  %5d ms%n", (t2 - t1) / 1_000_000);
    System.out.printf(Locale.ROOT, "load + compile:           %5d ms (from JVM start: %d ms)%n", (t2 - t0) / 1_000_000,
        atMain + (t2 - t0) / 1_000_000);
    System.out.printf(Locale.ROOT, "assess sample (%d items):  %5d ms%n", a.items().size(), (t3 - t2) / 1_000_000);
    System.out.printf(Locale.ROOT, "text report:              %5d ms%n", (t4 - t3) / 1_000_000);
    System.out.printf(Locale.ROOT, "total uptime:             %5d ms%n", total);
  }
}
