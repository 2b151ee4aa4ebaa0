package dev.kizuki;

import java.util.Locale;
import java.util.Set;

/**
 * What a blank cell of a column means, as its dataset schema declares it. Rules read the meaning, never
 * the rule author: a "within N days" test on a {@link #NEVER} blank is false whatever rule asks it.
 * {@code present} still asks only whether the cell is filled in. A column absent from a file has no cells,
 * so its meaning does not apply there: every row reads it as {@link #UNKNOWN}.
 */
public enum BlankMeaning {
  /** Nothing is known (the default): a test on the cell is unknown, and its row cannot be judged. */
  UNKNOWN,
  /**
   * The event the column dates has not happened (a test, drill, review, restore): earlier than every date,
   * so "within N days" is false, "more than N days ago" true, and {@code lt}/{@code le} any date true. Date
   * columns only.
   */
  NEVER,
  /**
   * There is nothing: a count or amount of 0 (integer, decimal), the empty text (string). Not for dates,
   * booleans or enums, where "nothing" is no value.
   */
  NONE,
  /**
   * The attribute does not apply to the row: a test on the cell takes the row out of the rule, and the
   * report counts the rows left out and says why.
   */
  NOT_APPLICABLE;

  /**
   * The name used in checklist files.
   *
   * @return the lower-case name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a column of {@code type} may declare this meaning.
   *
   * @param type the column type
   * @return true when the meaning is defined for the type
   */
  public boolean fits(ColumnType type) {
    return switch (this) {
      case UNKNOWN, NOT_APPLICABLE -> true;
      case NEVER -> type == ColumnType.DATE;
      // Listed, not negated, so that a type added later is refused until someone defines its "nothing".
      case NONE -> Set.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.STRING).contains(type);
    };
  }
}
