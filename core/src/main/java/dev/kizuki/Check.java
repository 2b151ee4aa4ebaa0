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
}
