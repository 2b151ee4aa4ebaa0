package dev.kizuki;

import java.util.Locale;

/**
 * How a data rule's rows add up when its expectation is not met. The expectation ({@link Expectation})
 * says when the item passes; the aggregation says what it scores otherwise.
 */
public enum Aggregation {
  /**
   * The default: {@link #ALL_OR_NOTHING} for {@link Severity#HIGH} and {@link Severity#CRITICAL} items,
   * {@link #SHARE} for the others.
   */
  BY_SEVERITY,
  /**
   * Partial credit: a rule not met with some rows passing is PARTIAL with the passing share as its score.
   * A rule that opts into it says why ({@link DataRule#aggregationReason()}).
   */
  SHARE,
  /**
   * No partial credit: a rule not met is FAIL with score 0, as one unpatched server was enough in the
   * report's case 6; when blank cells leave open whether it is met, the item is UNKNOWN.
   */
  ALL_OR_NOTHING;

  /**
   * The name used in reports.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a rule with this aggregation on an item of {@code severity} gives partial credit.
   *
   * @param severity the item's severity
   * @return true for a share, false for all or nothing
   */
  public boolean share(Severity severity) {
    return switch (this) {
      case SHARE -> true;
      case ALL_OR_NOTHING -> false;
      case BY_SEVERITY -> severity == Severity.LOW || severity == Severity.MEDIUM;
    };
  }
}
