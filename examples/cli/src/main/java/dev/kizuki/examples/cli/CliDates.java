package dev.kizuki.examples.cli;

import dev.kizuki.Text;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates on the command line in the forms the data takes: 2026-04-01, 2026/4/1, 2026年4月1日, 令和8年4月1日
 * (元年 for the first year) and R8.4.1 or R8/4/1, full-width digits allowed; strict (no 2026-02-30, no date
 * outside its era).
 *
 * <p>A CLI-side copy of what core's CSV value parser accepts for date cells, because core offers no public
 * date parser yet; to be replaced by that once core exports one.
 */
final class CliDates {
  private static final Pattern WESTERN = Pattern.compile("([0-9]{4})(?:-|/|年)([0-9]{1,2})(?:-|/|月)([0-9]{1,2})日?");
  private static final Pattern ERA_KANJI = Pattern.compile("(明治|大正|昭和|平成|令和)(元|[0-9]{1,2})年([0-9]{1,2})月([0-9]{1,2})日");
  private static final Pattern ERA_LETTER = Pattern.compile("([MTSHR])(元|[0-9]{1,2})([./])([0-9]{1,2})\\3([0-9]{1,2})");
  private static final String KANJI_ERAS = "明治大正昭和平成令和";
  private static final String LETTER_ERAS = "MTSHR";

  private CliDates() {}

  /** The date {@code s} names, or empty when it is not a date in one of the accepted forms. */
  static Optional<LocalDate> parse(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
    try {
      Matcher m = WESTERN.matcher(n);
      if (m.matches() && consistent(n)) {
        return Optional.of(LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3))));
      }
      if ((m = ERA_KANJI.matcher(n)).matches()) {
        return Optional.of(era(KANJI_ERAS.indexOf(m.group(1)) / 2, m.group(2), m.group(3), m.group(4)));
      }
      if ((m = ERA_LETTER.matcher(n)).matches()) {
        return Optional.of(era(LETTER_ERAS.indexOf(m.group(1)), m.group(2), m.group(4), m.group(5)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The message for a value {@link #parse} refused. */
  static Text refusal(String value) {
    return Text.of(
        "日付（2026-04-01、2026/4/1、令和8年4月1日 など）を指定してください。「" + value + "」は実在する日付ではないか、"
            + "日付の書き方ではありません。",
        "expected a date such as 2026-04-01, 2026/4/1 or 令和8年4月1日; '" + value + "' is not a date that exists"
            + " or not written as one.");
  }

  /** One separator style per date: 2026-4-1, 2026/4/1 and 2026年4月1日, not 2026-4/1. */
  private static boolean consistent(String n) {
    boolean kanji = n.indexOf('年') >= 0;
    int separators = (n.indexOf('-') >= 0 ? 1 : 0) + (n.indexOf('/') >= 0 ? 1 : 0) + (kanji ? 1 : 0);
    return separators == 1 && kanji == n.endsWith("日");
  }

  private static LocalDate era(int index, String year, String month, String day) {
    JapaneseEra era = JapaneseEra.of(JapaneseEra.MEIJI.getValue() + index); // MEIJI, TAISHO, ... are consecutive
    int y = year.equals("元") ? 1 : number(year);
    // JapaneseDate.of is strict: it refuses Feb 30 and dates outside the era (平成31年5月1日).
    return LocalDate.from(JapaneseDate.of(era, y, number(month), number(day)));
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
