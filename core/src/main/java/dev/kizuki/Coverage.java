package dev.kizuki;

/**
 * How much of the score's weight is backed by what: data, answers only, or nothing. Shares are in [0, 1]
 * of the weight of the scored items, and add up to 1 (all three are 0 when no item is scored). Immutable.
 */
public record Coverage(double data, double answers, double none) {

  public static Coverage of(double dataWeight, double answerWeight, double noneWeight) {
    double total = dataWeight + answerWeight + noneWeight;
    if (total <= 0) {
      return new Coverage(0, 0, 0);
    }
    return new Coverage(dataWeight / total, answerWeight / total, noneWeight / total);
  }
}
