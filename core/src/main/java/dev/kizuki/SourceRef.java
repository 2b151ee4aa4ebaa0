package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A lesson or a countermeasure of the source, with its stable id and the case it comes from ({@code caseId}
 * is empty when it comes from no single case). Immutable.
 */
public record SourceRef(String id, String caseId, Text title) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param caseId as {@link #caseId()}
   * @param title as {@link #title()}
   */
  public SourceRef {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(title, "title");
  }
}
