package dev.kizuki;

import dev.kizuki.internal.result.Results;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the waivers of an assessment did: one entry per waiver in the file, applied or not and why. The
 * honest outcome of every item stays in {@link Assessment#items()}; the waived figures are {@link
 * Assessment#scoreWithWaivers()} and {@link CategoryResult#scoreWithWaivers()}. Built by the engine only; not
 * meant to be implemented outside kizuki. Immutable; equal when all parts are equal.
 */
public interface WaiverReport {

  /** The report of an assessment without waivers. */
  WaiverReport NONE = Results.waiverReport("", List.of());

  /** What happened to one waiver. */
  enum Status {
    /** The whole item is waived: left out of the score with waivers (like NOT_APPLICABLE). */
    WAIVED,
    /** Some rows are waived: the item is judged on its other rows in the score with waivers. */
    ROWS_WAIVED,
    /** The waiver expired before the assessment date and does not apply. */
    EXPIRED,
    /** The profile did not select the item, so there is nothing to waive. */
    NOT_SELECTED;

    /**
     * The status as reports write it.
     *
     * @return the lower-case name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the waiver changes the score with waivers.
     *
     * @return true for {@link #WAIVED} and {@link #ROWS_WAIVED}
     */
    public boolean applied() {
      return this == WAIVED || this == ROWS_WAIVED;
    }
  }

  /** One waiver and its effect. Not meant to be implemented outside kizuki. Immutable. */
  interface Entry {

    /**
     * The waiver as written.
     *
     * @return the waiver
     */
    Waiver waiver();

    /**
     * What happened to it.
     *
     * @return the status
     */
    Status status();

    /**
     * The item's honest outcome.
     *
     * @return the outcome; UNKNOWN when the waiver said not to evaluate the item
     */
    Outcome outcome();

    /**
     * The outcome the score with waivers used.
     *
     * @return for {@link Status#ROWS_WAIVED} the outcome on the remaining rows; otherwise the honest outcome
     */
    Outcome outcomeWithWaiver();

    /**
     * The item score the score with waivers used.
     *
     * @return in [0, 1]; for {@link Status#WAIVED} the honest score, left out of that score
     */
    double scoreWithWaiver();
  }

  /**
   * The waiver file.
   *
   * @return its name; empty when no waivers were given
   */
  String source();

  /**
   * One entry per waiver.
   *
   * @return the entries, in file order
   */
  List<Entry> entries();

  /**
   * Whether a waiver file was given.
   *
   * @return true when there is a source or an entry
   */
  default boolean given() {
    return !source().isEmpty() || !entries().isEmpty();
  }

  /**
   * The entry of an item's waiver.
   *
   * @param itemId the item's id
   * @return the entry, or empty when the item has no waiver
   */
  default Optional<Entry> forItem(String itemId) {
    return entries().stream().filter(e -> e.waiver().item().equals(itemId)).findFirst();
  }

  /**
   * How many waivers have a status.
   *
   * @param status the status to count
   * @return the number of entries with {@code status}
   */
  default long count(Status status) {
    return entries().stream().filter(e -> e.status() == status).count();
  }
}
