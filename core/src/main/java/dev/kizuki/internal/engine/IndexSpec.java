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
  final @Nullable RowTest where;

  IndexSpec(int slot, String dataset, int[] columns, Normalization[] forms, @Nullable RowTest where) {
    this.slot = slot;
    this.dataset = dataset;
    this.columns = columns.clone();
    this.forms = forms.clone();
    this.where = where;
  }
}
