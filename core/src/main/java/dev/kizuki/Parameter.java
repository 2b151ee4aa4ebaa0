package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A threshold an organization may tailor, with its default.
 *
 * <p>{@code type} is {@link ColumnType#INTEGER}, {@link ColumnType#DECIMAL}, {@link ColumnType#STRING} or
 * {@link ColumnType#BOOLEAN}; {@code value} is a {@code Long}, {@code BigDecimal}, {@code String} or
 * {@code Boolean} to match. Immutable.
 */
public record Parameter(String name, ColumnType type, Object value, Text description) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param name as {@link #name()}
   * @param type as {@link #type()}
   * @param value as {@link #value()}
   * @param description as {@link #description()}
   */
  public Parameter {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(description, "description");
    Class<?> expected =
        switch (type) {
          case INTEGER -> Long.class;
          case DECIMAL -> java.math.BigDecimal.class;
          case STRING -> String.class;
          case BOOLEAN -> Boolean.class;
          case DATE, ENUM, NETWORK -> throw new IllegalArgumentException(
              "parameter " + name + ": type must be integer, decimal, string or boolean, was " + type.id());
        };
    if (!expected.isInstance(value)) {
      throw new IllegalArgumentException(
          "parameter " + name + ": a " + type.id() + " parameter needs a " + expected.getSimpleName()
              + " value, was " + value.getClass().getSimpleName());
    }
  }
}
