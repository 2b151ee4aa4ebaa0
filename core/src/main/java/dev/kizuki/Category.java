package dev.kizuki;

import static java.util.Objects.requireNonNull;

/** A group of items, scored together. {@code weight} is positive and used by the default scoring model. */
public record Category(String id, Text title, Text description, double weight) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param title as {@link #title()}
   * @param description as {@link #description()}
   * @param weight as {@link #weight()}
   */
  public Category {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("category " + id + ": weight must be > 0 and finite but was " + weight);
    }
  }
}
