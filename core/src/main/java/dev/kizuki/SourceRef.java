package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A lesson or a countermeasure of the source, with its stable id and the case it comes from ({@code caseId}
 * is empty when it comes from no single case). Immutable.
 */
public record SourceRef(String id, String caseId, Text title) {

  public SourceRef {
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(title, "title");
  }
}
