package dev.kizuki;

/**
 * A pointer to one data row that did not pass, with the reason. Built by the engine only; not meant to be
 * implemented outside kizuki. Immutable; equal when all parts are equal.
 */
public interface RowRef {

  /**
   * The row's dataset.
   *
   * @return the dataset id
   */
  String dataset();

  /**
   * The file (or in-memory source) the row was read from.
   *
   * @return the source's name
   */
  String source();

  /**
   * Where the row starts.
   *
   * @return the 1-based first line of the record in its file
   */
  long line();

  /**
   * The row's key cell.
   *
   * @return the key as written
   */
  String key();

  /**
   * What the rule concluded for the row.
   *
   * @return FAIL, UNKNOWN or ERROR
   */
  Outcome result();

  /**
   * Why the row did not pass.
   *
   * @return the reason
   */
  Text reason();
}
