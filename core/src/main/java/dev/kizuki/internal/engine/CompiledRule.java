package dev.kizuki.internal.engine;

import dev.kizuki.Expectation;
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

  CompiledRule(int itemIndex, String dataset, @Nullable RowTest where, @Nullable RowTest require,
      Expectation expect, WhenEmpty whenEmpty, Text description) {
    this.itemIndex = itemIndex;
    this.dataset = dataset;
    this.where = where;
    this.require = require;
    this.expect = expect;
    this.whenEmpty = whenEmpty;
    this.description = description;
  }
}
