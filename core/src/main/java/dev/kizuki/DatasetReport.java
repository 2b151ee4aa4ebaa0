package dev.kizuki;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What was read for one dataset: its files (or in-memory sources), the rows read, the encodings detected, and
 * whether it could be used. Built by the engine only; not meant to be implemented outside kizuki. Immutable;
 * equal when all parts are equal.
 */
public interface DatasetReport {

  /** Whether a dataset could be used. */
  enum Status {
    /** Read completely, without problems. */
    OK,
    /**
     * Given and readable, but with no row (a header alone): no evidence that nothing exists unless the
     * dataset is {@linkplain #declaration() declared complete}; rules that would pass or not apply for want
     * of rows give UNKNOWN instead.
     */
    EMPTY,
    /** Read, but some cells were invalid; rules that need them give ERROR. */
    INVALID_CELLS,
    /** Rows were skipped or the file could not be read to the end; every rule over it gives ERROR. */
    UNREADABLE,
    /** Not given; every rule over it gives UNKNOWN. */
    MISSING;

    /**
     * The status as reports write it.
     *
     * @return the lower-case name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The dataset.
   *
   * @return the dataset id
   */
  String dataset();

  /**
   * Whether the dataset could be used.
   *
   * @return the status
   */
  Status status();

  /**
   * Where the rows came from.
   *
   * @return the files or in-memory sources, in reading order
   */
  List<String> sources();

  /**
   * How many rows were read.
   *
   * @return the row count
   */
  long rows();

  /**
   * The encodings detected.
   *
   * @return one per source that was read
   */
  List<String> encodings();

  /**
   * The declaration that the dataset is complete, from {@code kizuki-inputs.yaml} or the inputs' builder.
   *
   * @return the declaration, or empty when none was made
   */
  Optional<Declaration> declaration();
}
