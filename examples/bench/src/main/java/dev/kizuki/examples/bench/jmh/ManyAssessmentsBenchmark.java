package dev.kizuki.examples.bench.jmh;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.checklists.BundledChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A compliance service's load: one compiled {@code nisc-2020} checklist assessing organization after
 * organization on one thread. The organization is the bundled sample operator (31 systems, 455 endpoints,
 * 15 CSV files read from disk each time), so this is assessments per second including CSV reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ManyAssessmentsBenchmark {
  /** The sample operator's folder; relative to the repository root by default. */
  @Param("examples/data/sample-operator")
  public String dir;

  private CompiledChecklist checklist;
  private Inputs inputs;
  private final AssessmentOptions options = AssessmentOptions.asOf(BenchData.AS_OF);

  @Setup
  public void setUp() {
    Path path = Path.of(dir);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("no folder " + path.toAbsolutePath() + "; run from the repository root or"
          + " pass -p dir=<path to examples/data/sample-operator>");
    }
    checklist = CompiledChecklist.compile(BundledChecklists.nisc2020());
    inputs = Inputs.directory(path);
  }

  @Benchmark
  public Assessment assessSampleOperator() {
    return checklist.assess(inputs, options);
  }
}
