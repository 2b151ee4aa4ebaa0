package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * How the rows a data rule applies to aggregate into an outcome. Immutable.
 *
 * <ul>
 *   <li>{@link Kind#ALL}: every applicable row must pass; some passing is PARTIAL.
 *   <li>{@link Kind#RATIO}: the passing share must reach {@code ratio} (0 &lt; ratio &le; 1).
 *   <li>{@link Kind#AT_LEAST}: at least {@code count} rows must pass (count &ge; 1).
 *   <li>{@link Kind#NONE}: no row may match the rule's {@code where}.
 * </ul>
 */
public record Expectation(Kind kind, double ratio, long count) {

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
   */
  public Expectation {
    requireNonNull(kind, "kind");
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
    return new Expectation(Kind.ALL, 1, 0);
  }

  /**
   * No row may match the rule's {@code where}.
   *
   * @return the expectation
   */
  public static Expectation none() {
    return new Expectation(Kind.NONE, 1, 0);
  }

  /**
   * The passing share must reach {@code ratio}.
   *
   * @param ratio in (0, 1]
   * @return the expectation
   * @throws IllegalArgumentException if {@code ratio} is out of range
   */
  public static Expectation ratio(double ratio) {
    return new Expectation(Kind.RATIO, ratio, 0);
  }

  /**
   * At least {@code count} rows must pass.
   *
   * @param count at least 1
   * @return the expectation
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public static Expectation atLeast(long count) {
    return new Expectation(Kind.AT_LEAST, 1, count);
  }
}
