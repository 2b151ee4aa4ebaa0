package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The assessed result of one item.
 *
 * <p>{@code score} is in [0, 1] (0 for NOT_APPLICABLE, which {@link #scored()} leaves out); {@code gain} is
 * how many points (0 to 100) the overall score would rise if this item passed, 0 when it passes or is left
 * out. {@code dataOutcome} is what the data rule alone concluded (UNKNOWN when the item has none), so a
 * report can show the real result beside a contradiction. {@code reason} says in a sentence why the outcome
 * is what it is; {@code rule} is the data rule in plain words (empty for questionnaire-only items). Immutable.
 */
public record ItemResult(
    Item item,
    Outcome outcome,
    double score,
    double gain,
    Basis basis,
    Outcome dataOutcome,
    Evidence evidence,
    Optional<Answer> answer,
    Text reason,
    Text rule) {

  public ItemResult {
    requireNonNull(item, "item");
    requireNonNull(outcome, "outcome");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("item " + item.id() + ": score must be in [0, 1], was " + score);
    }
    requireNonNull(basis, "basis");
    requireNonNull(dataOutcome, "dataOutcome");
    requireNonNull(evidence, "evidence");
    requireNonNull(answer, "answer");
    requireNonNull(reason, "reason");
    requireNonNull(rule, "rule");
  }

  public String id() {
    return item.id();
  }

  /** Whether the item counts towards the score (everything but NOT_APPLICABLE). */
  public boolean scored() {
    return outcome != Outcome.NOT_APPLICABLE;
  }
}
