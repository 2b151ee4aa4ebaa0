package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A category's score: 0 to 100 under the assessment's scoring model, over its scored items; {@code scored}
 * items count towards it, of {@code items} in all. A category with no scored item has score 0 and does not
 * count towards the total. {@code scoreWithWaivers} is the same figure with waived items and rows left out
 * (equal to {@code score} when nothing in the category is waived). Immutable.
 */
public record CategoryResult(Category category, double score, double scoreWithWaivers, int items, int scored,
    int passing) {

  public CategoryResult {
    requireNonNull(category, "category");
  }

  /** A category result without waivers. */
  public CategoryResult(Category category, double score, int items, int scored, int passing) {
    this(category, score, score, items, scored, passing);
  }
}
