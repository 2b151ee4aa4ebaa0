package dev.kizuki;

import java.util.Locale;

/**
 * The result of one item. Fail closed: only {@link #PASS} and {@link #PARTIAL} earn points, and {@link
 * #NOT_APPLICABLE} is left out of the score only where the item allows it.
 */
public enum Outcome {
  /** Met, backed by data or by an answer. Scores 1. */
  PASS,
  /** Met for part of the rows (or answered "partly"). Scores the passing share. */
  PARTIAL,
  /** Not met. Scores 0. */
  FAIL,
  /** No data and no answer: nothing to judge by. Scores 0. */
  UNKNOWN,
  /** Could not be evaluated (invalid or unreadable data). Scores 0. */
  ERROR,
  /** Does not apply to this organization, where the item allows that. Left out of the score. */
  NOT_APPLICABLE,
  /** The answer says yes but the data shows otherwise. Scores 0. */
  CONTRADICTED;

  /**
   * The name used in reports.
   *
   * @return the lower-case name, such as {@code not_applicable}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
