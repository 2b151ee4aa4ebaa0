/**
 * The scale benchmark: a deterministic generator of synthetic organizations in a checklist's dataset formats
 * ({@link dev.kizuki.examples.bench.DataGenerator}) and the end-to-end timing of parse versus assessment
 * ({@link dev.kizuki.examples.bench.ScaleBenchmark}).
 */
@NullMarked
package dev.kizuki.examples.bench;

import org.jspecify.annotations.NullMarked;
