/**
 * JMH benchmarks of the hot paths, through the public API: typed value parsing, compiled predicates,
 * cross-dataset lookups, and many small assessments with one compiled checklist. Run with {@code java -jar
 * examples/bench/target/kizuki-bench.jar} (see docs/performance.md).
 */
@NullMarked
package dev.kizuki.examples.bench.jmh;

import org.jspecify.annotations.NullMarked;
