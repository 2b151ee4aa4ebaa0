package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the waivers of an assessment did: one entry per waiver in the file, applied or not and why. The
 * honest outcome of every item stays in {@link Assessment#items()}; the waived figures are {@link
 * Assessment#scoreWithWaivers()} and {@link CategoryResult#scoreWithWaivers()}. Immutable.
 */
public record WaiverReport(String source, List<Entry> entries) {

  /** The report of an assessment without waivers. */
  public static final WaiverReport NONE = new WaiverReport("", List.of());

  /** What happened to one waiver. */
  public enum Status {
    /** The whole item is waived: left out of the score with waivers (like NOT_APPLICABLE). */
    WAIVED,
    /** Some rows are waived: the item is judged on its other rows in the score with waivers. */
    ROWS_WAIVED,
    /** The waiver expired before the assessment date and does not apply. */
    EXPIRED,
    /** The profile did not select the item, so there is nothing to waive. */
    NOT_SELECTED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the waiver changes the score with waivers. */
    public boolean applied() {
      return this == WAIVED || this == ROWS_WAIVED;
    }
  }

  /**
   * One waiver and its effect. {@code outcome} is the item's honest outcome (UNKNOWN when the waiver said not
   * to evaluate it). {@code outcomeWithWaiver} and {@code scoreWithWaiver} are what the score with waivers
   * used: for {@link Status#ROWS_WAIVED} the outcome on the remaining rows; for {@link Status#WAIVED} the
   * honest outcome, left out of that score; otherwise the honest outcome and score.
   */
  public record Entry(Waiver waiver, Status status, Outcome outcome, Outcome outcomeWithWaiver,
      double scoreWithWaiver) {
    public Entry {
      requireNonNull(waiver, "waiver");
      requireNonNull(status, "status");
      requireNonNull(outcome, "outcome");
      requireNonNull(outcomeWithWaiver, "outcomeWithWaiver");
    }
  }

  public WaiverReport {
    requireNonNull(source, "source");
    entries = List.copyOf(entries);
  }

  /** Whether a waiver file was given. */
  public boolean given() {
    return !source.isEmpty() || !entries.isEmpty();
  }

  /** The entry of the waiver of {@code itemId}, if there is one. */
  public Optional<Entry> forItem(String itemId) {
    return entries.stream().filter(e -> e.waiver().item().equals(itemId)).findFirst();
  }

  /** How many waivers have {@code status}. */
  public long count(Status status) {
    return entries.stream().filter(e -> e.status() == status).count();
  }
}
