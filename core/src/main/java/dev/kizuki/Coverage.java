package dev.kizuki;

import dev.kizuki.internal.result.Results;

/**
 * How much of the score's weight is backed by what: data, answers only, or nothing. Shares are in [0, 1]
 * of the weight of the scored items, and add up to 1 (all three are 0 when no item is scored). Not meant to
 * be implemented outside kizuki. Immutable; equal when the three shares are equal.
 */
public interface Coverage {

  /**
   * The share backed by data.
   *
   * @return in [0, 1]
   */
  double data();

  /**
   * The share backed by questionnaire answers only.
   *
   * @return in [0, 1]
   */
  double answers();

  /**
   * The share backed by nothing.
   *
   * @return in [0, 1]
   */
  double none();

  /**
   * The coverage of three weights.
   *
   * @param dataWeight the weight of the items backed by data
   * @param answerWeight the weight of the items backed by answers only
   * @param noneWeight the weight of the items backed by nothing
   * @return their shares of the total; all 0 when the total is not positive
   */
  static Coverage of(double dataWeight, double answerWeight, double noneWeight) {
    double total = dataWeight + answerWeight + noneWeight;
    if (total <= 0) {
      return Results.coverage(0, 0, 0);
    }
    return Results.coverage(dataWeight / total, answerWeight / total, noneWeight / total);
  }
}
