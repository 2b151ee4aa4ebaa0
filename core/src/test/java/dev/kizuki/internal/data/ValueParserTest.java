package dev.kizuki.internal.data;

import static dev.kizuki.internal.data.TestSchemas.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.EnumValue;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

  private static final ValueParser STRING = ValueParser.forColumn(column("s", ColumnType.STRING, false));
  private static final ValueParser INTEGER = ValueParser.forColumn(column("i", ColumnType.INTEGER, false));
  private static final ValueParser DECIMAL = ValueParser.forColumn(column("d", ColumnType.DECIMAL, false));
  private static final ValueParser BOOLEAN = ValueParser.forColumn(column("b", ColumnType.BOOLEAN, false));
  private static final ValueParser DATE = ValueParser.forColumn(column("t", ColumnType.DATE, false));
  private static final ValueParser ENUM = ValueParser.forColumn(TestSchemas.criticality(false));

  private static ValueException failure(ValueParser parser, String raw) {
    try {
      parser.parse(raw);
    } catch (ValueException e) {
      return e;
    }
    throw new AssertionError("parsed: " + raw);
  }

  // Blank and string.

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u3000", " \u3000 "})
  void parse_blank_isNullForEveryType(String raw) {
    for (ValueParser p : List.of(STRING, INTEGER, DECIMAL, BOOLEAN, DATE, ENUM)) {
      assertThat(p.parse(raw)).isNull();
    }
  }

  @Test
  void parse_string_isTrimmedIncludingIdeographicSpace() {
    assertThat(STRING.parse("\u3000 会計 システム \t")).isEqualTo("会計 システム");
  }

  // Numbers.

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0", "42|42", "-7|-7", "+7|7", "1,234|1234", "12,345,678|12345678", "１２３|123", "－１，２３４|-1234",
        "\u22125|-5", "9223372036854775807|9223372036854775807", "' 12 '|12"
      })
  void parse_validInteger_isLong(String raw, long expected) {
    assertThat(INTEGER.parse(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.0", "1e3", "0x10", "12,34", "1,2345", ",123", "1,", "١٢٣", "--1", "1 000", "one", "Ⅻ", "1_000"})
  void parse_invalidInteger_throws(String raw) {
    assertThatThrownBy(() -> INTEGER.parse(raw)).isInstanceOf(ValueException.class);
  }

  @Test
  void parse_integerTooLarge_saysSo() {
    assertThat(failure(INTEGER, "9223372036854775808").text().en())
        .isEqualTo("expected an integer, found \"9223372036854775808\" (too large for an integer)");
  }

  @Test
  void parse_wrongGrouping_explainsSeparators() {
    ValueException e = failure(INTEGER, "12,34");
    assertThat(e.text().en())
        .isEqualTo("expected an integer, found \"12,34\" (thousands separators must group exactly three digits)");
    assertThat(e.text().ja()).isEqualTo("整数が必要ですが、「12,34」でした（桁区切りのカンマは3桁ごとに置きます）");
  }

  @Test
  void parse_arabicIndicDigits_rejectedWithoutReason() {
    assertThat(failure(DECIMAL, "١٢٣").text().en()).isEqualTo("expected a number, found \"١٢٣\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1.5|1.5", "-0.25|-0.25", "1,234.50|1234.50", "１２．５|12.5", "7|7", "+3.0|3.0"})
  void parse_validDecimal_isBigDecimalWithWrittenScale(String raw, String expected) {
    assertThat(DECIMAL.parse(raw)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1.5E2", ".5", "5.", "1.2.3", "NaN", "Infinity", "12,34.5", "1,234,56"})
  void parse_invalidDecimal_throws(String raw) {
    assertThatThrownBy(() -> DECIMAL.parse(raw)).isInstanceOf(ValueException.class);
  }

  // Booleans.

  @ParameterizedTest
  @ValueSource(
      strings = {"true", "TRUE", "True", "yes", "Y", "y", "1", "１", "はい", "○", "〇", "◯", "有", "あり", "済", "on", "ON",
        "ｙｅｓ"})
  void parse_trueWord_isTrue(String raw) {
    assertThat(BOOLEAN.parse(raw)).isEqualTo(Boolean.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "FALSE", "no", "N", "n", "0", "０", "いいえ", "×", "✕", "無", "なし", "未", "off", "Off"})
  void parse_falseWord_isFalse(String raw) {
    assertThat(BOOLEAN.parse(raw)).isEqualTo(Boolean.FALSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"△", "maybe", "t", "f", "2", "-1", "✗", "x", "ok", "済み", "有り"})
  void parse_otherWord_isRejected(String raw) {
    assertThatThrownBy(() -> BOOLEAN.parse(raw)).isInstanceOf(ValueException.class);
  }

  @Test
  void parse_triangle_listsAcceptedWords() {
    ValueException e = failure(BOOLEAN, "△");
    assertThat(e.text().en())
        .isEqualTo(
            "expected a yes/no word (true/false, yes/no, y/n, 1/0, はい/いいえ, ○/×, 有/無, あり/なし, 済/未, on/off),"
                + " found \"△\"");
    assertThat(e.text().ja())
        .isEqualTo(
            "はい・いいえを表す語（true/false、yes/no、y/n、1/0、はい/いいえ、○/×、有/無、あり/なし、済/未、on/off）が必要ですが、「△」でした");
    assertThat(e.found()).isEqualTo("△");
    assertThat(e.reason()).isEmpty();
  }

  // Dates.

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-01-05|2020-01-05",
        "2020-1-5|2020-01-05",
        "2020/1/5|2020-01-05",
        "2020/01/05|2020-01-05",
        "2020年1月5日|2020-01-05",
        "２０２０／０１／０５|2020-01-05",
        "2020/2/29|2020-02-29",
        "令和2年1月5日|2020-01-05",
        "令和元年5月1日|2019-05-01",
        "令和1年5月1日|2019-05-01",
        "R2.1.5|2020-01-05",
        "R2/1/5|2020-01-05",
        "r02.01.05|2020-01-05",
        "Ｒ２．１．５|2020-01-05",
        "R元.5.1|2019-05-01",
        "H31.4.30|2019-04-30",
        "平成31年4月30日|2019-04-30",
        "平成元年1月8日|1989-01-08",
        "S64.1.7|1989-01-07",
        "昭和64年1月7日|1989-01-07",
        "昭和元年12月25日|1926-12-25",
        "大正15年12月24日|1926-12-24",
        "T1.7.30|1912-07-30",
        "明治45年7月29日|1912-07-29",
        "㋿2年1月5日|2020-01-05",
        "㍻31年4月30日|2019-04-30"
      })
  void parse_validDate_isLocalDate(String raw, LocalDate expected) {
    assertThat(DATE.parse(raw)).isEqualTo(expected);
  }

  @Test
  void parse_february30_isNoSuchDay() {
    ValueException e = failure(DATE, "2020/02/30");
    assertThat(e.text().en())
        .isEqualTo(
            "expected a date (yyyy-MM-dd, yyyy/M/d or a Japanese era date such as 令和2年1月5日), found \"2020/02/30\""
                + " (no such day)");
    assertThat(e.text().ja())
        .isEqualTo("日付（yyyy-MM-dd、yyyy/M/d、令和2年1月5日 などの和暦）が必要ですが、「2020/02/30」でした（存在しない日付です）");
  }

  @Test
  void parse_heiseiAfterItEnded_namesTheEraRange() {
    ValueException e = failure(DATE, "平成31年5月1日");
    assertThat(e.reason()).contains(Text.of("平成は1989-01-08から2019-04-30までです", "Heisei dates run from 1989-01-08 to 2019-04-30"));
  }

  @Test
  void parse_showa64January8_isOutsideShowa() {
    assertThat(failure(DATE, "S64.1.8").text().en()).endsWith("(Showa dates run from 1926-12-25 to 1989-01-07)");
  }

  @Test
  void parse_reiwaBeforeItBegan_isOutsideReiwa() {
    assertThat(failure(DATE, "令和元年4月30日").reason().orElseThrow().en()).isEqualTo("Reiwa dates start on 2019-05-01");
  }

  @Test
  void parse_eraDateThatNoCalendarHas_isNoSuchDay() {
    assertThat(failure(DATE, "令和2年2月30日").reason()).contains(DataMessages.NO_SUCH_DAY);
    assertThat(failure(DATE, "R2.13.1").reason()).contains(DataMessages.NO_SUCH_DAY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"43831", "2020.01.05", "20200105", "01/05/2020", "2020-01-05T00:00", "R2.1/5", "X2.1.5", "令和2年1月",
        "2020/13/1", "2020-00-10", "平成31年5月1日", "2019/02/29", "January 5, 2020", "２０２０-１-５x"})
  void parse_invalidDate_isRejected(String raw) {
    assertThatThrownBy(() -> DATE.parse(raw)).isInstanceOf(ValueException.class);
  }

  @Test
  void parse_excelSerialNumber_isRejectedWithoutReason() {
    ValueException e = failure(DATE, "43831");
    assertThat(e.reason()).isEmpty();
    assertThat(e.text().en()).endsWith("found \"43831\"");
  }

  // Enums.

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"high|high", "HIGH|high", "High|high", "高|high", "H|high", "h|high", "ｈｉｇｈ|high", "Ｈ|high", "中|medium",
        "' low '|low", "低|low"})
  void parse_valueOrSynonym_isCanonicalValue(String raw, String expected) {
    assertThat(ENUM.parse(raw)).isEqualTo(expected);
  }

  @Test
  void parse_unknownEnumValue_listsAllowedValuesAndSynonyms() {
    ValueException e = failure(ENUM, "critical");
    assertThat(e.text().en())
        .isEqualTo("expected one of high (高, H), medium (中), low (低), found \"critical\"");
    assertThat(e.text().ja()).isEqualTo("high (高, H)、medium (中)、low (低) のいずれかが必要ですが、「critical」でした");
  }

  @Test
  void forColumn_synonymNamingTwoValues_throws() {
    Column c =
        new Column(
            "c",
            ColumnType.ENUM,
            false,
            Text.EMPTY,
            List.of(
                new EnumValue("yes", Text.of("はい", "Yes"), List.of("Y")),
                new EnumValue("y", Text.of("ワイ", "Y"), List.of())),
            "");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ValueParser.forColumn(c))
        .withMessage("column c: \"y\" names both yes and y");
  }

  // Messages.

  @Test
  void parse_longFoundText_isCutInMessageButKeptInException() {
    String raw = "x".repeat(80);
    ValueException e = failure(INTEGER, raw);
    assertThat(e.found()).isEqualTo(raw);
    assertThat(e.text().en()).isEqualTo("expected an integer, found \"" + "x".repeat(50) + "…\"");
  }
}
