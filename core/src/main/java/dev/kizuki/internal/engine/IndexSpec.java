package dev.kizuki.internal.engine;

import org.jspecify.annotations.Nullable;

/** What an {@code exists} test needs built while its dataset streams past: which key, which rows. */
final class IndexSpec {
  final int slot;
  final String dataset;
  final int[] columns;
  final @Nullable RowTest where;

  IndexSpec(int slot, String dataset, int[] columns, @Nullable RowTest where) {
    this.slot = slot;
    this.dataset = dataset;
    this.columns = columns.clone();
    this.where = where;
  }
}
