package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written paths for plain numbers give exactly what the general path (BigDecimal, Long) gives. */
class PlainNumberFastPathTest {
  private static final ValueParser DECIMAL =
      ValueParser.forColumn(new Column("x", ColumnType.DECIMAL, false, Text.of("x", "x"), List.of(), ""));
  private static final ValueParser INTEGER =
      ValueParser.forColumn(new Column("n", ColumnType.INTEGER, false, Text.of("n", "n"), List.of(), ""));

  @Test
  void parse_plainDecimals_equalBigDecimalIncludingScale() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      String s = (rnd.nextInt(4) == 0 ? "-" : rnd.nextInt(4) == 0 ? "+" : "") + digits(rnd, 1 + rnd.nextInt(9))
          + (rnd.nextBoolean() ? "." + digits(rnd, 1 + rnd.nextInt(9)) : "");

      assertThat(DECIMAL.parse(s)).as(s).isEqualTo(new BigDecimal(s));
    }
    assertThat(DECIMAL.parse("007.10")).isEqualTo(new BigDecimal("7.10"));
    assertThat(DECIMAL.parse("-0")).isEqualTo(BigDecimal.ZERO);
    assertThat(DECIMAL.parse("1234567890123456789.5")).isEqualTo(new BigDecimal("1234567890123456789.5"));
  }

  @Test
  void parse_plainIntegers_equalLongParse() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      String s = (rnd.nextInt(4) == 0 ? "-" : "") + digits(rnd, 1 + rnd.nextInt(18));

      assertThat(INTEGER.parse(s)).as(s).isEqualTo(Long.parseLong(s));
    }
  }

  private static String digits(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }
}
