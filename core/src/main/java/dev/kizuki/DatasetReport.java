package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * What was read for one dataset: its files (or in-memory sources), the rows read, the encodings detected, and
 * whether it could be used. Immutable.
 */
public record DatasetReport(String dataset, Status status, List<String> sources, long rows, List<String> encodings) {

  /** Whether a dataset could be used. */
  public enum Status {
    /** Read completely, without problems. */
    OK,
    /** Read, but some cells were invalid; rules that need them give ERROR. */
    INVALID_CELLS,
    /** Rows were skipped or the file could not be read to the end; every rule over it gives ERROR. */
    UNREADABLE,
    /** Not given; every rule over it gives UNKNOWN. */
    MISSING;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DatasetReport {
    requireNonNull(dataset, "dataset");
    requireNonNull(status, "status");
    sources = List.copyOf(sources);
    encodings = List.copyOf(encodings);
  }
}
