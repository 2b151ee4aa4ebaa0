package dev.kizuki.internal.engine;

import java.time.LocalDate;

/**
 * What a compiled test needs beyond the row, for one assessment: the assessment date and the cross-dataset
 * key indexes built so far. One per assessment; the compiled tests themselves stay shared and immutable.
 */
final class EvalContext {
  final LocalDate asOf;
  final KeyIndex[] indexes;

  EvalContext(LocalDate asOf, KeyIndex[] indexes) {
    this.asOf = asOf;
    this.indexes = indexes;
  }
}
