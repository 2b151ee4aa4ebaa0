package dev.kizuki.internal.data;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.EnumValue;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses text into typed values: the cells of one column, and everywhere else a value is written as text for
 * a type (row keys of waivers, literals of rules, profile parameters), so every one accepts the same forms.
 *
 * <p>Create once per column with {@link #forColumn} (all lookup tables are built then) and reuse for every
 * cell. Immutable and thread-safe.
 *
 * <p>Every type: surrounding whitespace (including U+3000) is trimmed and a blank cell is {@code null}.
 * Numbers, booleans, dates and enums are matched after NFKC normalization, so full-width digits, letters and
 * punctuation are accepted; digits of other scripts are not.
 *
 * <ul>
 *   <li>integer: optional sign, ASCII digits, "," only in groups of three (1,234); must fit a {@code Long}
 *   <li>decimal: the same with an optional fraction ".5"; no exponent; a {@code BigDecimal} with the written
 *       scale
 *   <li>boolean: a closed vocabulary, case-insensitive: true/false, yes/no, y/n, 1/0, はい/いいえ, ○〇◯/×✕,
 *       有/無, あり/なし, 済/未, on/off
 *   <li>date: yyyy-MM-dd, yyyy/M/d, yyyy年M月d日, 令和2年1月5日 (元年 for year 1), R2.1.5 or R2/1/5 (M, T, S, H,
 *       R); strict: no Feb 30, no era date outside its era; no spreadsheet serial numbers
 *   <li>enum: the canonical value or a synonym, case-insensitive; gives the canonical value
 *   <li>string: the trimmed text as is
 *   <li>network: a {@link SourceSet}, read by {@link NetworkSources#standard()}; an unreadable source is
 *       invalid with the token, its position in the cell and why
 * </ul>
 */
public final class ValueParser {

  private static final Pattern INTEGER = Pattern.compile("[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");
  /** Numbers with commas in the wrong places, to explain the rejection. */
  private static final Pattern LOOSE_GROUPED = Pattern.compile("[+-]?[0-9][0-9,]*(?:\\.[0-9]+)?");

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
  private static final Pattern SLASH = Pattern.compile("([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})");
  private static final Pattern KANJI = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");
  private static final Pattern ERA_KANJI =
      Pattern.compile("(明治|大正|昭和|平成|令和)(元|[0-9]{1,2})年([0-9]{1,2})月([0-9]{1,2})日");
  private static final Pattern ERA_LETTER =
      Pattern.compile("([MTSHRmtshr])(元|[0-9]{1,2})([./])([0-9]{1,2})\\3([0-9]{1,2})");

  private static final Map<String, Boolean> BOOLEANS = booleans();

  private final Column column;
  private final Map<String, String> enumLookup;
  private final String[] canonical;
  private final Text expected;
  /** The network sources reader, with the column's own words for "anything" (the standard one otherwise). */
  private final NetworkSources sources;

  private ValueParser(Column column, Map<String, String> enumLookup, Text expected) {
    this.column = column;
    this.sources = column.anything().isEmpty() ? NetworkSources.standard()
        : NetworkSources.standard().withAnythingWords(column.anything());
    this.enumLookup = enumLookup;
    this.canonical = new String[column.values().size()];
    for (int i = 0; i < canonical.length; i++) {
      canonical[i] = column.values().get(i).value();
    }
    this.expected = expected;
  }

  /**
   * The parser for {@code column}.
   *
   * @throws IllegalArgumentException if two values or synonyms of an enum column normalize to the same text
   *     but name different values, or a network column's word for "anything" is not one word or reads as an
   *     address
   */
  public static ValueParser forColumn(Column column) {
    return switch (column.type()) {
      case STRING -> new ValueParser(column, Map.of(), DataMessages.STRING);
      case INTEGER -> new ValueParser(column, Map.of(), DataMessages.INTEGER);
      case DECIMAL -> new ValueParser(column, Map.of(), DataMessages.DECIMAL);
      case BOOLEAN -> new ValueParser(column, Map.of(), DataMessages.BOOLEAN);
      case DATE -> new ValueParser(column, Map.of(), DataMessages.DATE);
      case ENUM -> enumParser(column);
      case NETWORK -> new ValueParser(column, Map.of(), DataMessages.NETWORK);
    };
  }

  /**
   * The parser for values of {@code type} outside any dataset, such as a profile's parameter {@code name}.
   *
   * @throws IllegalArgumentException for {@link ColumnType#ENUM}, whose values belong to a column
   */
  public static ValueParser forType(String name, ColumnType type) {
    if (type == ColumnType.ENUM) {
      throw new IllegalArgumentException("an enum parser needs its column, for " + name);
    }
    return forColumn(new Column(name, type, false, Text.EMPTY, List.of(), ""));
  }

  private static ValueParser enumParser(Column column) {
    Map<String, String> lookup = new HashMap<>();
    List<String> shown = new ArrayList<>();
    for (EnumValue v : column.values()) {
      putUnique(lookup, column, normalize(v.value()), v.value());
      for (String synonym : v.synonyms()) {
        putUnique(lookup, column, normalize(synonym), v.value());
      }
      shown.add(DataMessages.enumValue(v.value(), v.synonyms()));
    }
    return new ValueParser(column, Map.copyOf(lookup), DataMessages.enumExpected(shown));
  }

  private static void putUnique(Map<String, String> lookup, Column column, String spelling, String value) {
    String previous = lookup.putIfAbsent(spelling, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalArgumentException(
          "column " + column.name() + ": \"" + spelling + "\" names both " + previous + " and " + value);
    }
  }

  /** The column this parser is for. */
  public Column column() {
    return column;
  }

  /** What this column accepts, for messages such as "expected …". */
  public Text expected() {
    return expected;
  }

  /**
   * The typed value of {@code raw}, or {@code null} when it is blank.
   *
   * @throws ValueException if the text is not a value of the column's type
   */
  public @Nullable Object parse(String raw) {
    String s = plainEnds(raw) ? raw : raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    return switch (column.type()) {
      case STRING -> s;
      case INTEGER -> parseInteger(s);
      case DECIMAL -> parseDecimal(s);
      case BOOLEAN -> parseBoolean(s);
      case DATE -> parseDate(s);
      case ENUM -> parseEnum(s);
      case NETWORK -> parseNetwork(raw, s);
    };
  }

  private Long parseInteger(String s) {
    long fast = plainLong(s);
    if (fast != NOT_PLAIN) {
      return fast;
    }
    String n = numeric(s);
    if (!INTEGER.matcher(n).matches()) {
      throw fail(s, groupingReason(n));
    }
    try {
      return Long.parseLong(n.replace(",", ""));
    } catch (NumberFormatException e) {
      throw fail(s, DataMessages.TOO_LARGE);
    }
  }

  private BigDecimal parseDecimal(String s) {
    BigDecimal fast = plainDecimal(s);
    if (fast != null) {
      return fast;
    }
    String n = numeric(s);
    if (!DECIMAL.matcher(n).matches()) {
      throw fail(s, groupingReason(n));
    }
    return new BigDecimal(n.replace(",", ""));
  }

  private static @Nullable Text groupingReason(String n) {
    return n.indexOf(',') >= 0 && LOOSE_GROUPED.matcher(n).matches() ? DataMessages.BAD_GROUPING : null;
  }

  /** NFKC, plus U+2212 MINUS SIGN (common in Japanese typesetting, untouched by NFKC) as "-". */
  private static String numeric(String s) {
    return nfkc(s).replace('\u2212', '-');
  }

  private Boolean parseBoolean(String s) {
    // Most cells are spelled exactly as a key already; normalize only on a miss.
    Boolean b = BOOLEANS.get(s);
    if (b == null) {
      b = BOOLEANS.get(normalize(s));
    }
    if (b == null) {
      throw fail(s, null);
    }
    return b;
  }

  private String parseEnum(String s) {
    // Exports mostly carry the canonical values: a few equals() beat hashing a fresh string.
    for (String c : canonical) {
      if (c.equals(s)) {
        return c;
      }
    }
    String v = enumLookup.get(s);
    if (v == null) {
      v = enumLookup.get(normalize(s));
    }
    if (v == null) {
      throw fail(s, null);
    }
    return v;
  }

  /** Reads the cell as written, so that an error's position counts from its first character. */
  private SourceSet parseNetwork(String raw, String s) {
    NetworkSources.Result r = sources.parse(raw);
    if (r.error().isPresent()) {
      throw fail(s, r.error().get().text());
    }
    return r.sources().orElseThrow();
  }

  private LocalDate parseDate(String s) {
    LocalDate fast = plainDate(s);
    if (fast != null) {
      return fast;
    }
    String n = nfkc(s);
    Matcher m;
    if ((m = ISO.matcher(n)).matches() || (m = SLASH.matcher(n)).matches() || (m = KANJI.matcher(n)).matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw fail(s, DataMessages.NO_SUCH_DAY);
      }
    }
    if ((m = ERA_KANJI.matcher(n)).matches()) {
      return eraDate(s, Era.ofKanji(m.group(1)), m.group(2), m.group(3), m.group(4));
    }
    if ((m = ERA_LETTER.matcher(n)).matches()) {
      return eraDate(s, Era.ofLetter(m.group(1).charAt(0)), m.group(2), m.group(4), m.group(5));
    }
    throw fail(s, null);
  }

  private LocalDate eraDate(String s, Era era, String yearText, String monthText, String dayText) {
    int year = yearText.equals("元") ? 1 : Integer.parseInt(yearText);
    int month = Integer.parseInt(monthText);
    int day = Integer.parseInt(dayText);
    try {
      // JapaneseDate.of is strict: it rejects Feb 30 and dates outside the era (平成31年5月1日).
      return LocalDate.from(JapaneseDate.of(era.era, year, month, day));
    } catch (DateTimeException e) {
      boolean dayExists;
      try {
        LocalDate.of(era.firstYear + year - 1, month, day);
        dayExists = year >= 1;
      } catch (DateTimeException e2) {
        dayExists = false;
      }
      throw fail(s, dayExists ? era.range : DataMessages.NO_SUCH_DAY);
    }
  }

  /**
   * The common case without regexes: an optional sign, at most 18 ASCII digits, and at most one point with
   * digits on both sides, as the same value and scale {@code new BigDecimal(s)} would give; null for any
   * other text (the full path decides).
   */
  private static @Nullable BigDecimal plainDecimal(String s) {
    int n = s.length();
    boolean negative = s.charAt(0) == '-';
    int i = negative || s.charAt(0) == '+' ? 1 : 0;
    if (n == i || n - i > 19) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int point = -1;
    for (int k = i; k < n; k++) {
      char c = s.charAt(k);
      if (c == '.') {
        if (point >= 0 || k == i || k == n - 1) {
          return null;
        }
        point = k;
      } else if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
      } else {
        return null;
      }
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, point < 0 ? 0 : n - point - 1);
  }

  /**
   * Whether {@code raw} certainly has nothing to strip: it starts and ends with a printable ASCII character
   * (every character String.strip() removes is a control character, a space or above ASCII).
   */
  private static boolean plainEnds(String raw) {
    int n = raw.length();
    if (n == 0) {
      return false;
    }
    char first = raw.charAt(0);
    char last = raw.charAt(n - 1);
    return first > ' ' && first < 0x7f && last > ' ' && last < 0x7f;
  }

  private static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * The common case without regexes or allocation: an optional minus and at most 18 ASCII digits. Anything
   * else (grouping, full-width digits, overflow candidates) returns NOT_PLAIN for the full path.
   */
  private static long plainLong(String s) {
    int n = s.length();
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    if (n == i || n - i > 18) {
      return NOT_PLAIN;
    }
    long v = 0;
    for (int k = i; k < n; k++) {
      int d = s.charAt(k) - '0';
      if (d < 0 || d > 9) {
        return NOT_PLAIN;
      }
      v = v * 10 + d;
    }
    return s.charAt(0) == '-' ? -v : v;
  }

  /**
   * The common case without regexes: ASCII {@code yyyy-M-d} or {@code yyyy/M/d}. Returns null when the text
   * has another shape (the full path decides); throws for a shape that fits but names no day.
   */
  private @Nullable LocalDate plainDate(String s) {
    int n = s.length();
    if (n < 8 || n > 10) {
      return null;
    }
    char sep = s.charAt(4);
    if (sep != '-' && sep != '/') {
      return null;
    }
    int second = s.indexOf(sep, 5);
    if (second < 6 || second > 7 || n - second - 1 < 1 || n - second - 1 > 2) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, second);
    int day = digits(s, second + 1, n);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw fail(s, DataMessages.NO_SUCH_DAY);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      int d = s.charAt(k) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private ValueException fail(String found, @Nullable Text reason) {
    return new ValueException(expected, found, reason);
  }

  /**
   * The form in which enum spellings and boolean words are compared: the one text form identities use
   * ({@link Identity#text}: NFKC, case folding, whitespace), so a word and a name are never matched two ways.
   */
  static String normalize(String s) {
    return Identity.text(s);
  }

  /** NFKC, skipped for ASCII; shared by every reader of this package that normalizes. */
  static String nfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s; // ASCII is NFKC already; skip the normalizer on the common path
  }

  private static Map<String, Boolean> booleans() {
    Map<String, Boolean> m = new HashMap<>();
    for (String w : List.of("true", "yes", "y", "1", "はい", "○", "〇", "◯", "有", "あり", "済", "on")) {
      m.put(normalize(w), Boolean.TRUE);
    }
    for (String w : List.of("false", "no", "n", "0", "いいえ", "×", "✕", "無", "なし", "未", "off")) {
      m.put(normalize(w), Boolean.FALSE);
    }
    return Map.copyOf(m);
  }

  /** The Japanese eras java.time supports, with their (supported) ranges for messages. */
  private enum Era {
    MEIJI(JapaneseEra.MEIJI, "明治", 'M', 1868, DataMessages.eraRange("明治", "Meiji", "1873-01-01", "1912-07-29")),
    TAISHO(JapaneseEra.TAISHO, "大正", 'T', 1912, DataMessages.eraRange("大正", "Taisho", "1912-07-30", "1926-12-24")),
    SHOWA(JapaneseEra.SHOWA, "昭和", 'S', 1926, DataMessages.eraRange("昭和", "Showa", "1926-12-25", "1989-01-07")),
    HEISEI(JapaneseEra.HEISEI, "平成", 'H', 1989, DataMessages.eraRange("平成", "Heisei", "1989-01-08", "2019-04-30")),
    REIWA(JapaneseEra.REIWA, "令和", 'R', 2019, DataMessages.eraRange("令和", "Reiwa", "2019-05-01", null));

    final JapaneseEra era;
    final String kanji;
    final char letter;
    final int firstYear;
    final Text range;

    Era(JapaneseEra era, String kanji, char letter, int firstYear, Text range) {
      this.era = era;
      this.kanji = kanji;
      this.letter = letter;
      this.firstYear = firstYear;
      this.range = range;
    }

    static Era ofKanji(String kanji) {
      for (Era e : values()) {
        if (e.kanji.equals(kanji)) {
          return e;
        }
      }
      throw new AssertionError(kanji);
    }

    static Era ofLetter(char letter) {
      char upper = Character.toUpperCase(letter);
      for (Era e : values()) {
        if (e.letter == upper) {
          return e;
        }
      }
      throw new AssertionError(letter);
    }
  }
}
