package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A pointer to one data row that did not pass, with the reason. {@code line} is 1-based (the first line of
 * the record in its file); {@code key} is the row's key cell as written. Immutable.
 */
public record RowRef(String dataset, String source, long line, String key, Outcome result, Text reason) {

  public RowRef {
    requireNonNull(dataset, "dataset");
    requireNonNull(source, "source");
    requireNonNull(key, "key");
    requireNonNull(result, "result");
    requireNonNull(reason, "reason");
  }
}
