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

  /**
   * A builder of a dataset schema without title or description.
   *
   * @param id the dataset id (also the file name, {@code <id>.csv})
   * @param key the key column's name
   * @return the builder
   */
  public static Builder builder(String id, String key) {
    return new Builder(requireNonNull(id, "id"), requireNonNull(key, "key"));
  }

  /** Collects a schema's parts; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String key;
    private Text title = Text.EMPTY;
    private Text description = Text.EMPTY;
    private final List<Column> columns = new java.util.ArrayList<>();

    private Builder(String id, String key) {
      this.id = id;
      this.key = key;
    }

    /**
     * The dataset's title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(Text title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * What the dataset holds.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(Text description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * Adds a column.
     *
     * @param column the column
     * @return this builder
     * @throws IllegalArgumentException if a column of that name was added before, naming it
     */
    public Builder column(Column column) {
      requireNonNull(column, "column");
      for (Column c : columns) {
        if (c.name().equals(column.name())) {
          throw new IllegalArgumentException(
              "dataset " + id + ": column names must be unique but " + column.name() + " was added twice");
        }
      }
      columns.add(column);
      return this;
    }

    /**
     * The schema.
     *
     * @return the schema
     * @throws IllegalStateException if no column is named as the key, naming the key
     */
    public DatasetSchema build() {
      if (columns.stream().noneMatch(c -> c.name().equals(key))) {
        throw new IllegalStateException(
            "dataset " + id + ": the key must be one of its columns but " + key + " was not added");
      }
      return new DatasetSchema(id, title, description, key, columns);
    }
  }
}
