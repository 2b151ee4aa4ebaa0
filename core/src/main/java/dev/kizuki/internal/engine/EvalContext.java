package dev.kizuki.internal.engine;

import java.time.LocalDate;

/**
 * What a compiled test needs beyond the row, for one assessment: the assessment date and the cross-dataset
 * key indexes built so far, and
 * the evaluation budget that bounds super-linear work (regex matching). One per assessment; the compiled tests themselves stay shared and immutable.
 */
final class EvalContext {
  final LocalDate asOf;
  final KeyIndex[] indexes;
  /** The assessment's evaluation budget ({@code Limits.maxEvalSteps}) and what is left of it. */
  final long maxSteps;
  private long stepsLeft;

  EvalContext(LocalDate asOf, KeyIndex[] indexes, long maxSteps) {
    this.asOf = asOf;
    this.indexes = indexes;
    this.maxSteps = maxSteps;
    this.stepsLeft = maxSteps;
  }

  /**
   * Takes {@code cost} steps from the budget; false, and nothing left for later work, when it does not cover
   * them, so that every test after the first refused one is refused too (the assessment stays deterministic).
   */
  boolean charge(long cost) {
    if (cost > stepsLeft) {
      stepsLeft = 0;
      return false;
    }
    stepsLeft -= cost;
    return true;
  }
}
