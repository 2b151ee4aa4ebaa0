package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A CSV input the checklist reads: its id (also the file name, {@code <id>.csv}), key column and typed
 * columns. Immutable.
 */
public record DatasetSchema(String id, Text title, Text description, String key, List<Column> columns) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param id as {@link #id()}
   * @param title as {@link #title()}
   * @param description as {@link #description()}
   * @param key as {@link #key()}
   * @param columns as {@link #columns()}
   */
  public DatasetSchema {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    columns = List.copyOf(columns);
  }

  /**
   * A column by name.
   *
   * @param name the column name
   * @return the column, or empty when the dataset has none of that name
   */
  public Optional<Column> column(String name) {
    for (Column c : columns) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * A column's position.
   *
   * @param name the column name
   * @return its 0-based position, or -1 when the dataset has none of that name
   */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
