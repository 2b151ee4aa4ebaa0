package dev.kizuki;

import dev.kizuki.internal.result.Results;
import java.util.List;

/**
 * What an item's data rule saw: row counts and the first rows that did not pass, capped so memory stays
 * bounded. Built by the engine only; not meant to be implemented outside kizuki. Immutable; equal when all
 * parts are equal.
 */
public interface Evidence {

  /** The evidence of an item without a data rule. */
  Evidence NONE = Results.evidence("", false, 0, 0, 0, 0, 0, List.of(), List.of());

  /**
   * The dataset the rule reads.
   *
   * @return the dataset id; empty for {@link #NONE}
   */
  String dataset();

  /**
   * Whether the dataset was given.
   *
   * @return false when the dataset is missing
   */
  boolean provided();

  /**
   * How many rows the rule applies to.
   *
   * @return the applicable rows
   */
  long applicable();

  /**
   * How many applicable rows pass.
   *
   * @return the passing rows
   */
  long passing();

  /**
   * How many applicable rows fail.
   *
   * @return the failing rows
   */
  long failing();

  /**
   * How many applicable rows could not be judged because a needed cell is blank.
   *
   * @return the unknown rows
   */
  long unknown();

  /**
   * How many applicable rows could not be judged because a needed cell is invalid.
   *
   * @return the rows in error
   */
  long errors();

  /**
   * The first rows that did not pass.
   *
   * @return at most the evidence limit, in file and line order
   */
  List<RowRef> rows();

  /**
   * Why data was missing or could not be used.
   *
   * @return the notes, possibly empty
   */
  List<Text> notes();

  /**
   * The rows the rule looks at, in plain words: its {@code where}, as reports explain an item that no row
   * is in scope of.
   *
   * @return the scope, or {@link Text#EMPTY} when the rule looks at every row (and for {@link #NONE})
   */
  Text scope();
}
