package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * The right-hand side of a comparison: a literal, an item parameter, another field of the same row or, in the
 * {@code where} of an {@link Predicate.Exists}, a field of the row that looks up ({@link Outer}).
 */
public sealed interface Operand {

  /** The kinds of operand, one per record. */
  enum Kind {
    /** {@link Literal}. */
    LITERAL,
    /** {@link Param}. */
    PARAM,
    /** {@link Field}. */
    FIELD,
    /** {@link Outer}. */
    OUTER
  }

  /**
   * Which record this is, for exhaustive switches.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * A literal as written: a {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean} or {@code
   * java.time.LocalDate}. It is converted to the column's type when the checklist is compiled.
   */
  record Literal(Object value) implements Operand {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param value as {@link #value()}
     */
    public Literal {
      requireNonNull(value, "value");
    }

    @Override
    public Kind kind() {
      return Kind.LITERAL;
    }
  }

  /** The value of the item's parameter {@code name}. */
  record Param(String name) implements Operand {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param name as {@link #name()}
     */
    public Param {
      requireNonNull(name, "name");
    }

    @Override
    public Kind kind() {
      return Kind.PARAM;
    }
  }

  /** The value of another field of the same row. */
  record Field(String name) implements Operand {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param name as {@link #name()}
     */
    public Field {
      requireNonNull(name, "name");
    }

    @Override
    public Kind kind() {
      return Kind.FIELD;
    }
  }

  /**
   * The value of field {@code name} of the outer row: in the {@code where} of an {@code exists}, the row that
   * looks up (a system, when a rule over systems asks for a cloud service whose SLA meets the system's own
   * need). Only comparisons take it, with the same types as {@link Field}; anywhere else it is a load error.
   */
  record Outer(String name) implements Operand {
    /**
     * Checks every part (the rules are in the type's comment).
     *
     * @param name as {@link #name()}
     */
    public Outer {
      requireNonNull(name, "name");
    }

    @Override
    public Kind kind() {
      return Kind.OUTER;
    }
  }
}
