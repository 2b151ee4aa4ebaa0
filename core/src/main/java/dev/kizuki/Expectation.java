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
    ALL,
    RATIO,
    AT_LEAST,
    NONE
  }

  public Expectation {
    requireNonNull(kind, "kind");
    if (kind == Kind.RATIO && !(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
    }
    if (kind == Kind.AT_LEAST && count < 1) {
      throw new IllegalArgumentException("at_least must be at least 1, was " + count);
    }
  }

  public static Expectation all() {
    return new Expectation(Kind.ALL, 1, 0);
  }

  public static Expectation none() {
    return new Expectation(Kind.NONE, 1, 0);
  }

  public static Expectation ratio(double ratio) {
    return new Expectation(Kind.RATIO, ratio, 0);
  }

  public static Expectation atLeast(long count) {
    return new Expectation(Kind.AT_LEAST, 1, count);
  }
}
