package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How the rows a data rule applies to aggregate into an outcome. Immutable.
 *
 * <ul>
 *   <li>{@link Kind#ALL}: every applicable row must pass; some passing is PARTIAL.
 *   <li>{@link Kind#RATIO}: the passing share must reach {@code ratio} (0 &lt; ratio &le; 1).
 *   <li>{@link Kind#AT_LEAST}: at least {@code count} rows must pass (count &ge; 1); with {@code distinct}, the
 *       passing rows must hold at least {@code count} different values of that column (two pages of one web
 *       site are not two channels).
 *   <li>{@link Kind#NONE}: no row may match the rule's {@code where}.
 * </ul>
 *
 * @param kind the kind
 * @param ratio the share a {@link Kind#RATIO} needs; 1 otherwise
 * @param count the rows (or distinct values) an {@link Kind#AT_LEAST} needs; 0 otherwise
 * @param distinct for {@link Kind#AT_LEAST} only: the column whose different values are counted
 */
public record Expectation(Kind kind, double ratio, long count, Optional<String> distinct) {

  /** The kinds of expectation. */
  public enum Kind {
    /** Every applicable row must pass. */
    ALL,
    /** The passing share must reach the ratio. */
    RATIO,
    /** At least a count of rows must pass. */
    AT_LEAST,
    /** No row may match the rule's {@code where}. */
    NONE
  }

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param kind as {@link #kind()}
   * @param ratio as {@link #ratio()}
   * @param count as {@link #count()}
   * @param distinct as {@link #distinct()}
   */
  public Expectation {
    requireNonNull(kind, "kind");
    requireNonNull(distinct, "distinct");
    if (distinct.isPresent() && kind != Kind.AT_LEAST) {
      throw new IllegalArgumentException("distinct goes only with at_least, not " + kind);
    }
    if (kind == Kind.RATIO && !(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be in (0, 1] but was " + ratio);
    }
    if (kind == Kind.AT_LEAST && count < 1) {
      throw new IllegalArgumentException("at_least must be >= 1 but was " + count);
    }
  }

  /**
   * Every applicable row must pass.
   *
   * @return the expectation
   */
  public static Expectation all() {
    return new Expectation(Kind.ALL, 1, 0, Optional.empty());
  }

  /**
   * No row may match the rule's {@code where}.
   *
   * @return the expectation
   */
  public static Expectation none() {
    return new Expectation(Kind.NONE, 1, 0, Optional.empty());
  }

  /**
   * The passing share must reach {@code ratio}.
   *
   * @param ratio in (0, 1]
   * @return the expectation
   * @throws IllegalArgumentException if {@code ratio} is out of range
   */
  public static Expectation ratio(double ratio) {
    return new Expectation(Kind.RATIO, ratio, 0, Optional.empty());
  }

  /**
   * At least {@code count} rows must pass.
   *
   * @param count at least 1
   * @return the expectation
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public static Expectation atLeast(long count) {
    return new Expectation(Kind.AT_LEAST, 1, count, Optional.empty());
  }

  /**
   * At least {@code count} different values of {@code column} among the passing rows.
   *
   * @param count at least 1
   * @param column a column of the rule's dataset (checked when the checklist is compiled)
   * @return the expectation
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public static Expectation atLeastDistinct(long count, String column) {
    return new Expectation(Kind.AT_LEAST, 1, count, Optional.of(requireNonNull(column, "column")));
  }
}
