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
  /**
   * The assessment's evaluation budget: {@code Limits.maxEvalSteps} to start with, and a ten-thousandth of
   * it more for each row read, so that the work allowed is a bounded multiple of the data's size.
   */
  final long maxSteps;
  private final long stepsPerRow;
  private long stepsLeft;
  private boolean spent;

  EvalContext(LocalDate asOf, KeyIndex[] indexes, long maxSteps) {
    this.asOf = asOf;
    this.indexes = indexes;
    this.maxSteps = maxSteps;
    this.stepsPerRow = maxSteps / 10_000;
    this.stepsLeft = maxSteps;
  }

  /** Adds a row's allowance to the budget, unless it is already spent. */
  void rowRead() {
    if (!spent) {
      stepsLeft = stepsLeft > Long.MAX_VALUE - stepsPerRow ? Long.MAX_VALUE : stepsLeft + stepsPerRow;
    }
  }

  /**
   * Takes {@code cost} steps from the budget; false, and nothing left for later work, when it does not cover
   * them, so that every test after the first refused one is refused too (the assessment stays deterministic).
   */
  boolean charge(long cost) {
    if (spent || cost > stepsLeft) {
      spent = true;
      stepsLeft = 0;
      return false;
    }
    stepsLeft -= cost;
    return true;
  }
}
