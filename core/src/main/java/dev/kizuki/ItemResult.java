package dev.kizuki;

import java.util.Optional;

/**
 * The assessed result of one item. Built by the engine only; not meant to be implemented outside kizuki.
 * Immutable; equal when all parts are equal.
 */
public interface ItemResult {

  /**
   * The item assessed.
   *
   * @return the item
   */
  Item item();

  /**
   * The item's outcome, with answers taken into account.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * The item's score.
   *
   * @return in [0, 1]; 0 for NOT_APPLICABLE, which {@link #scored()} leaves out
   */
  double score();

  /**
   * How many points the overall score would rise if this item passed.
   *
   * @return 0 to 100; 0 when it passes or is left out
   */
  double gain();

  /**
   * What the outcome rests on.
   *
   * @return data, an answer only, or nothing
   */
  Basis basis();

  /**
   * What the data rule alone concluded, so a report can show the real result beside a contradiction.
   *
   * @return the data rule's outcome; UNKNOWN when the item has none
   */
  Outcome dataOutcome();

  /**
   * What the data rule saw.
   *
   * @return the evidence; {@link Evidence#NONE} for items without a data rule
   */
  Evidence evidence();

  /**
   * The questionnaire answer for the item.
   *
   * @return the answer, or empty when none was given
   */
  Optional<Answer> answer();

  /**
   * Why the outcome is what it is, in a sentence.
   *
   * @return the reason
   */
  Text reason();

  /**
   * The data rule in plain words.
   *
   * @return the rule; empty for questionnaire-only items
   */
  Text rule();

  /**
   * The item's id.
   *
   * @return {@code item().id()}
   */
  default String id() {
    return item().id();
  }

  /**
   * Whether the item counts towards the score.
   *
   * @return true for every outcome but NOT_APPLICABLE
   */
  default boolean scored() {
    return outcome() != Outcome.NOT_APPLICABLE;
  }
}
