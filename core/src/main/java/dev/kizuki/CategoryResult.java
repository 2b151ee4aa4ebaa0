package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A category's score: 0 to 100 under the assessment's scoring model, over its scored items; {@code scored}
 * items count towards it, of {@code items} in all. A category with no scored item has score 0 and does not
 * count towards the total. Immutable.
 */
public record CategoryResult(Category category, double score, int items, int scored, int passing) {

  public CategoryResult {
    requireNonNull(category, "category");
  }
}
