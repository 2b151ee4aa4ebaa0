package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A CSV input the checklist reads: its id (also the file name, {@code <id>.csv}), key column and typed
 * columns. Immutable.
 */
public record DatasetSchema(String id, Text title, Text description, String key, List<Column> columns) {

  public DatasetSchema {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    columns = List.copyOf(columns);
  }

  /** The column named {@code name}, if any. */
  public Optional<Column> column(String name) {
    for (Column c : columns) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The position of the column named {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
