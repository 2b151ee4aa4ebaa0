package dev.kizuki.internal.engine;

import dev.kizuki.Normalization;
import org.jspecify.annotations.Nullable;

/** What an {@code exists} test needs built while its dataset streams past: which key, which rows. */
final class IndexSpec {
  final int slot;
  final String dataset;
  final int[] columns;
  /** The normalization of each key column, the same the looking-up side uses. */
  final Normalization[] forms;
  /** The condition, or with {@link #capture} its part that does not read the outer row. */
  final @Nullable RowTest where;
  /** For a condition that reads the outer row, which cells of each row to keep; null otherwise. */
  final Correlated.@Nullable Capture capture;

  IndexSpec(int slot, String dataset, int[] columns, Normalization[] forms, @Nullable RowTest where,
      Correlated.@Nullable Capture capture) {
    this.slot = slot;
    this.dataset = dataset;
    this.columns = columns.clone();
    this.forms = forms.clone();
    this.where = where;
    this.capture = capture;
  }
}
