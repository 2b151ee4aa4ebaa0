/**
 * The rule compiler and the assessment engine: predicates compiled once into {@link
 * dev.kizuki.internal.engine.RowTest}s, per-item accumulators merged associatively, and scoring. Entry
 * points: {@link dev.kizuki.internal.engine.Compiler} and {@link dev.kizuki.internal.engine.Engine}.
 */
@NullMarked
package dev.kizuki.internal.engine;

import org.jspecify.annotations.NullMarked;
