package dev.kizuki.examples.bench.jmh;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths on 10,000 in-memory rows, reported per row: typed value parsing alone (a rule that only
 * asks whether the key is present), compiled predicates on top of it, and cross-dataset lookups into an
 * index of 5,000 keys. Subtract {@code parseOnly} from the others to see the cost of the rules themselves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmarks {
  static final int ROWS = 10_000;

  private CompiledChecklist parseOnly;
  private CompiledChecklist predicates;
  private CompiledChecklist lookups;
  private Inputs inputs;
  private final AssessmentOptions options = AssessmentOptions.asOf(BenchData.AS_OF);

  @Setup
  public void setUp() {
    parseOnly = BenchData.checklist("{field: id, present: true}");
    predicates = BenchData.checklist("""
        {all: [{field: count, le: 4000}, {field: seen_on, within_days: 365}, \
        {any: [{field: enabled, eq: true}, {field: level, in: [high]}]}, \
        {field: name, matches: "host-[0-9]{1,3}"}]}""");
    lookups = BenchData.checklist("{exists: {dataset: u, on: {ref: ref}, where: {field: ok, eq: true}}}");
    inputs = BenchData.referenced(BenchData.rows(Inputs.builder(), ROWS, 5_000, 42), 5_000)
        .build();
  }

  /** Decoding and typed parsing of every cell (integers, dates, booleans and enums in two languages). */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(ROWS)
  public Assessment parseOnly() {
    return parseOnly.assess(inputs, options);
  }

  /** The same plus a compiled rule of comparisons, recency, membership, a regex and three-valued logic. */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(ROWS)
  public Assessment predicates() {
    return predicates.assess(inputs, options);
  }

  /** The same plus one {@code exists} lookup per row into a 5,000-key index built from the other dataset. */
  @Benchmark
  @org.openjdk.jmh.annotations.OperationsPerInvocation(ROWS)
  public Assessment crossDatasetLookups() {
    return lookups.assess(inputs, options);
  }
}
