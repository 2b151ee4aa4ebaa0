package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * An accepted exception to one item (format {@code kizuki-waivers/1}): who approved it, why, and until when.
 *
 * <p>With {@code rows} empty the whole item is waived; otherwise only the rows whose key (the item's dataset
 * key column) is listed, and the item is judged on its other rows. A waiver applies on an assessment date up
 * to and including {@code expires}, and stops applying on its own after that. With {@code evaluate} false the
 * item is not evaluated at all, so it is UNKNOWN in the honest score (never a pass); {@code rows} then must be
 * empty. Immutable.
 */
public record Waiver(
    String item,
    List<String> rows,
    Text justification,
    String approver,
    LocalDate expires,
    boolean evaluate,
    Location location) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param item as {@link #item()}
   * @param rows as {@link #rows()}
   * @param justification as {@link #justification()}
   * @param approver as {@link #approver()}
   * @param expires as {@link #expires()}
   * @param evaluate as {@link #evaluate()}
   * @param location as {@link #location()}
   */
  public Waiver {
    requireNonNull(item, "item");
    rows = List.copyOf(rows);
    requireNonNull(justification, "justification");
    requireNonNull(approver, "approver");
    requireNonNull(expires, "expires");
    requireNonNull(location, "location");
    if (!evaluate && !rows.isEmpty()) {
      throw new IllegalArgumentException("waiver of " + item + ": rows can only be waived when the item is evaluated");
    }
  }

  /**
   * Whether the waiver applies on a date.
   *
   * @param asOf the assessment date
   * @return true on or before its expiry date
   */
  public boolean appliesOn(LocalDate asOf) {
    return !expires.isBefore(asOf);
  }
}
