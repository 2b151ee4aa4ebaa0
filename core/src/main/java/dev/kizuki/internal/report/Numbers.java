package dev.kizuki.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of every report: half-even, without locale or exponent, to a fixed number of decimals
 * per kind of number. Points (the overall score, the score with waivers, category scores, gains, weights)
 * have {@value #POINTS} decimals in every format; shares of 0 to 1 (an item's score, coverage, a waiver's
 * score) have {@value #SHARE} in the machine-readable formats; a share shown to a person as a percentage has
 * {@value #PERCENT}.
 */
public final class Numbers {
  /** Decimals of a number of points (0 to 100). */
  public static final int POINTS = 2;

  /** Decimals of a share (0 to 1) in JSON and CSV. */
  public static final int SHARE = 4;

  /** Decimals of a share shown as a percentage. */
  public static final int PERCENT = 1;

  private Numbers() {}

  /** {@code value} rounded half-even to {@code places} decimals. */
  public static BigDecimal round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN);
  }

  /** {@code value} rounded half-even to {@code places} decimals, as plain text. */
  public static String fixed(double value, int places) {
    return round(value, places).toPlainString();
  }

  /** A number of points, such as {@code 71.05}. */
  public static String points(double value) {
    return fixed(value, POINTS);
  }

  /** A share of 0 to 1 as JSON and CSV write it, such as {@code 0.6667}. */
  public static String share(double value) {
    return fixed(value, SHARE);
  }

  /** A share of 0 to 1 as a percentage, such as {@code 66.7%}. */
  public static String percent(double share) {
    return fixed(share * 100, PERCENT) + "%";
  }
}
