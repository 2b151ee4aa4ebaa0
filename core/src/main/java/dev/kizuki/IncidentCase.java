package dev.kizuki;

import static java.util.Objects.requireNonNull;

/** An incident described in the source, which lessons and measures come from. Immutable. */
public record IncidentCase(String id, Text title) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param title as {@link #title()}
   */
  public IncidentCase {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
  }
}
