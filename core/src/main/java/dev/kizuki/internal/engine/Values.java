package dev.kizuki.internal.engine;

import dev.kizuki.internal.data.Row;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Comparison and display of typed cell values: String, Long, BigDecimal, Boolean, LocalDate. */
final class Values {
  private Values() {}

  /**
   * Compares two values of compatible types (checked at compile time); numbers compare by value, and a
   * {@link Row#NEVER} date is before every date (and equal to another never).
   */
  static int compare(Object a, Object b) {
    if (a == Row.NEVER || b == Row.NEVER) {
      return a == b ? 0 : a == Row.NEVER ? -1 : 1;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    if (a instanceof Number && b instanceof Number) {
      return decimal(a).compareTo(decimal(b));
    }
    if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    throw new IllegalStateException("incomparable values " + a.getClass() + " and " + b.getClass());
  }

  static boolean equal(Object a, Object b) {
    return compare(a, b) == 0;
  }

  private static BigDecimal decimal(Object n) {
    return n instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) n).longValue());
  }

  /** A value as shown in messages and join keys: numbers without trailing zeros, dates ISO. */
  static String show(Object value) {
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
