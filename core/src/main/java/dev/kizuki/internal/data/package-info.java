/**
 * Reading dataset CSV files into typed rows (internal, not exported).
 *
 * <p>Entry point: {@link dev.kizuki.internal.data.CsvDatasetReader} streams one file into {@link
 * dev.kizuki.internal.data.Row}s; {@link dev.kizuki.internal.data.RowDecoder} applies the same cell rules to
 * in-memory rows; {@link dev.kizuki.internal.data.ValueParser} parses one cell. Every type here is immutable
 * and thread-safe except the per-call state a read creates.
 */
@NullMarked
package dev.kizuki.internal.data;

import org.jspecify.annotations.NullMarked;
