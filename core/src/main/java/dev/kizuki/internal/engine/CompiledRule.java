package dev.kizuki.internal.engine;

import dev.kizuki.Expectation;
import dev.kizuki.Normalization;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import org.jspecify.annotations.Nullable;

/** An item's data rule, compiled against its dataset. Immutable. */
final class CompiledRule {
  final int itemIndex;
  final String dataset;
  final @Nullable RowTest where;
  final @Nullable RowTest require;
  final Expectation expect;
  final WhenEmpty whenEmpty;
  final Text description;
  /** The column whose different values an {@code at_least … distinct} counts; -1 when the rule counts rows. */
  final int distinctColumn;
  /** The form in which {@link #distinctColumn}'s values compare (its declared normalization). */
  final Normalization distinctForm;

  CompiledRule(int itemIndex, String dataset, @Nullable RowTest where, @Nullable RowTest require,
      Expectation expect, WhenEmpty whenEmpty, Text description) {
    this(itemIndex, dataset, where, require, expect, whenEmpty, description, -1, Normalization.EXACT);
  }

  CompiledRule(int itemIndex, String dataset, @Nullable RowTest where, @Nullable RowTest require,
      Expectation expect, WhenEmpty whenEmpty, Text description, int distinctColumn, Normalization distinctForm) {
    this.itemIndex = itemIndex;
    this.dataset = dataset;
    this.where = where;
    this.require = require;
    this.expect = expect;
    this.whenEmpty = whenEmpty;
    this.description = description;
    this.distinctColumn = distinctColumn;
    this.distinctForm = distinctForm;
  }
}
