package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How an item is checked: by a data rule, by a questionnaire answer, or both (then the data, when present,
 * decides and a contrary "yes" answer is CONTRADICTED). Immutable.
 */
public record Check(Optional<DataRule> data, boolean question, boolean allowNotApplicable) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param data as {@link #data()}
   * @param question as {@link #question()}
   * @param allowNotApplicable as {@link #allowNotApplicable()}
   */
  public Check {
    requireNonNull(data, "data");
    if (data.isEmpty() && !question) {
      throw new IllegalArgumentException("a check needs a data rule, a question, or both");
    }
  }

  /**
   * A check by a data rule alone.
   *
   * @param rule the data rule
   * @return the check
   */
  public static Check of(DataRule rule) {
    return new Check(Optional.of(requireNonNull(rule, "rule")), false, false);
  }

  /**
   * A check by a questionnaire answer alone.
   *
   * @return the check
   */
  public static Check questionOnly() {
    return new Check(Optional.empty(), true, false);
  }

  /**
   * This check, answerable in {@code answers.csv} too (the data, when present, decides).
   *
   * @return the check with a question
   */
  public Check withQuestion() {
    return new Check(data, true, allowNotApplicable);
  }

  /**
   * This check, allowing the item to be NOT_APPLICABLE.
   *
   * @return the check allowing not applicable
   */
  public Check allowingNotApplicable() {
    return new Check(data, question, true);
  }
}
