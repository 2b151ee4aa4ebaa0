package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A typed column of a dataset.
 *
 * <p>{@code values} is non-empty exactly for {@link ColumnType#ENUM} columns. {@code example} is a sample
 * cell for templates, possibly empty. Immutable.
 */
public record Column(
    String name, ColumnType type, boolean required, Text description, List<EnumValue> values, String example) {

  /**
   * Checks every part and copies the collections (the rules are in the type's comment).
   *
   * @param name as {@link #name()}
   * @param type as {@link #type()}
   * @param required as {@link #required()}
   * @param description as {@link #description()}
   * @param values as {@link #values()}
   * @param example as {@link #example()}
   */
  public Column {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    values = List.copyOf(values);
    requireNonNull(example, "example");
    if ((type == ColumnType.ENUM) != !values.isEmpty()) {
      throw new IllegalArgumentException(
          "column " + name + ": enum columns need values and other types take none, was " + type + " with "
              + values.size() + " values");
    }
  }
}
