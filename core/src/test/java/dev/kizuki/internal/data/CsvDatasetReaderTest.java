package dev.kizuki.internal.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kizuki.DatasetSchema;
import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDatasetReaderTest {

  private static final String HEADER = "system_id,name,criticality,internet_facing,last_backup,servers,cost\n";
  private static final String EXPECTED_COLUMNS =
      "system_id, name, criticality, internet_facing, last_backup, servers, cost";

  private final List<Row> rows = new ArrayList<>();

  private ReadResult read(String csv) throws IOException {
    return read(TestSchemas.systems(), Limits.defaults(), csv.getBytes(UTF_8));
  }

  private ReadResult read(DatasetSchema schema, Limits limits, byte[] bytes) throws IOException {
    return read(schema, limits, new ByteArrayInputStream(bytes));
  }

  private ReadResult read(DatasetSchema schema, Limits limits, InputStream in) throws IOException {
    return new CsvDatasetReader(limits).read(schema, "systems.csv", in, null, rows::add);
  }

  private static String en(ReadResult r) {
    return r.issues().stream().map(Issue::toString).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static Issue only(ReadResult r) {
    assertThat(r.issues()).as(en(r)).hasSize(1);
    return r.issues().get(0);
  }

  // Well-formed files.

  @Test
  void read_wellFormedFile_emitsTypedRows() throws IOException {
    ReadResult r =
        read(HEADER + "SYS-001,会計,高,はい,2024/3/1,\"1,200\",12.50\n SYS-002 ,,low,,,,\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(r.rows()).isEqualTo(2);
    assertThat(r.charset()).contains(UTF_8);
    Row first = rows.get(0);
    assertThat(first.values())
        .containsExactly("SYS-001", "会計", "high", true, LocalDate.of(2024, 3, 1), 1200L, new BigDecimal("12.50"));
    assertThat(first.source()).isEqualTo("systems.csv");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.key()).isEqualTo("SYS-001");
    Row second = rows.get(1);
    assertThat(second.key()).isEqualTo("SYS-002");
    assertThat(second.values()).containsExactly("SYS-002", null, "low", null, null, null, null);
  }

  @Test
  void read_columnsInAnotherOrderAndOptionalOnesAbsent_mapsBySchemaIndex() throws IOException {
    ReadResult r = read("criticality,system_id\nmedium,SYS-9\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows.get(0).values()).containsExactly("SYS-9", null, "medium", null, null, null, null);
  }

  @Test
  void read_headerOnly_isCleanWithZeroRows() throws IOException {
    ReadResult r = read(HEADER);

    assertThat(r.isClean()).isTrue();
    assertThat(r.rows()).isZero();
  }

  @Test
  void read_headerWithCrLfAndNoFinalNewline_isClean() throws IOException {
    ReadResult r = read("system_id,criticality\r\nA,high\r\nB,low");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows).extracting(Row::key, Row::line).containsExactly(tuple("A", 2L), tuple("B", 3L));
  }

  @Test
  void read_headerNamesWithSpaces_areTrimmed() throws IOException {
    ReadResult r = read(" system_id ,\u3000criticality\nA,high\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
  }

  // Line numbers.

  @Test
  void read_embeddedNewlinesAndBlankLines_keepRecordStartLines() throws IOException {
    String csv =
        "\n" // 1 blank before the header
            + "system_id,name,criticality\n" // 2
            + "A,\"two\nlines\",high\n" // 3-4
            + "\n" // 5 blank
            + "B,\"three\r\nlines\r\nhere\",low\n" // 6-8
            + "\n\n" // 9-10 blank
            + "C,x,bad\n" // 11
            + "D,\"\"\"quoted\"\"\n\",medium\n" // 12-13
            + "E,e,high\n"; // 14
    ReadResult r = read(csv);

    assertThat(rows).extracting(Row::key, Row::line)
        .containsExactly(tuple("A", 3L), tuple("B", 6L), tuple("C", 11L), tuple("D", 12L), tuple("E", 14L));
    assertThat(rows.get(1).value(1)).isEqualTo("three\r\nlines\r\nhere");
    assertThat(rows.get(3).value(1)).isEqualTo("\"quoted\""); // the trailing newline is trimmed whitespace
    assertThat(only(r).toString())
        .isEqualTo("systems.csv:11:3: criticality: expected one of high (高, H), medium (中), low (低), found \"bad\"");
  }

  // Cells.

  @Test
  void read_badCells_reportsEachAndEmitsRowWithInvalid() throws IOException {
    ReadResult r = read(HEADER + "SYS-1,n,high,△,2020/02/30,12,34,x\n".replace(",x", "") + "SYS-2,n,high,yes,,,\n");

    assertThat(r.fatal()).isFalse();
    assertThat(r.rows()).isEqualTo(2);
    assertThat(r.issues())
        .extracting(Issue::toString)
        .containsExactly(
            "systems.csv:2:4: internet_facing: expected a yes/no word (true/false, yes/no, y/n, 1/0, はい/いいえ, ○/×,"
                + " 有/無, あり/なし, 済/未, on/off), found \"△\"",
            "systems.csv:2:5: last_backup: expected a date (yyyy-MM-dd, yyyy/M/d or a Japanese era date such as"
                + " 令和2年1月5日), found \"2020/02/30\" (no such day)");
    Row row = rows.get(0);
    assertThat(row.isInvalid(3)).isTrue();
    assertThat(row.value(4)).isSameAs(Row.INVALID);
    assertThat(row.value(5)).isEqualTo(12L);
    assertThat(row.value(6)).isEqualTo(new BigDecimal("34"));
    assertThat(r.issues().get(1).message().ja())
        .isEqualTo("日付（yyyy-MM-dd、yyyy/M/d、令和2年1月5日 などの和暦）が必要ですが、「2020/02/30」でした（存在しない日付です）");
  }

  @Test
  void read_blankRequiredCell_isIssueAndInvalid() throws IOException {
    ReadResult r = read("system_id,criticality\n  ,high\n");

    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv:2:1: system_id: expected a text, found a blank cell (the column is required)");
    assertThat(issue.message().ja()).isEqualTo("文字列が必要ですが、空欄でした（必須の列です）");
    assertThat(rows.get(0).isInvalid(0)).isTrue();
    assertThat(rows.get(0).key()).isEmpty();
  }

  @Test
  void read_allBlankRecords_areSkippedSilently() throws IOException {
    ReadResult r = read("system_id,criticality\n,\n  ,\u3000\nA,high\n , \n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows).extracting(Row::key, Row::line).containsExactly(tuple("A", 4L));
  }

  // Header problems.

  @Test
  void read_emptyFile_isFatal() throws IOException {
    ReadResult r = read("");

    assertThat(r.fatal()).isTrue();
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv: expected a header line naming the columns (" + EXPECTED_COLUMNS + "), found an empty file");
    assertThat(issue.message().ja()).isEqualTo("列名の見出し行（" + EXPECTED_COLUMNS + "）が必要ですが、空のファイルでした");
  }

  @Test
  void read_onlyBlankLines_isEmptyFile() throws IOException {
    ReadResult r = read("\n\r\n  \n");

    assertThat(r.fatal()).isTrue();
    assertThat(only(r).message().en()).endsWith("found an empty file");
  }

  @Test
  void read_missingHeader_saysTheFirstLineIsNotAHeader() throws IOException {
    ReadResult r = read("SYS-001,会計,high\nSYS-002,販売,low\n");

    assertThat(r.fatal()).isTrue();
    assertThat(r.rows()).isZero();
    assertThat(only(r).toString())
        .isEqualTo(
            "systems.csv:1: expected a header line naming the columns (" + EXPECTED_COLUMNS + "), found a line"
                + " starting \"SYS-001,…\"");
  }

  @Test
  void read_duplicateHeader_isFatal() throws IOException {
    ReadResult r = read("system_id,criticality,system_id\nA,high,B\n");

    assertThat(r.fatal()).isTrue();
    assertThat(r.rows()).isZero();
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv:1:3: system_id: expected each column once, found \"system_id\" again (first in column 1)");
    assertThat(issue.message().ja()).isEqualTo("列名は一度ずつ必要ですが、「system_id」が重複していました（最初は1列目）");
  }

  @Test
  void read_blankHeaderBeforeNamedOne_isFatal() throws IOException {
    ReadResult r = read("system_id, ,criticality\nA,x,high\n");

    assertThat(r.fatal()).isTrue();
    assertThat(only(r).toString())
        .isEqualTo(
            "systems.csv:1:2: expected a column name, found a blank header cell (only trailing empty columns may be"
                + " unnamed)");
  }

  @Test
  void read_excelTrailingEmptyColumns_areTolerated() throws IOException {
    ReadResult r = read("system_id,criticality,,\r\nA,high,,\r\nB,low,\r\n,,,\r\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows).extracting(Row::key).containsExactly("A", "B");
  }

  @Test
  void read_valueUnderTrailingEmptyColumn_isIssueButRowKept() throws IOException {
    ReadResult r = read("system_id,criticality,,\nA,high,,oops\n");

    assertThat(r.fatal()).isFalse();
    assertThat(r.rows()).isEqualTo(1);
    assertThat(only(r).toString())
        .isEqualTo("systems.csv:2:4: expected an empty cell under a column without a name, found \"oops\"");
  }

  @Test
  void read_unknownColumn_namesItAndListsExpected() throws IOException {
    ReadResult r = read("system_id,criticality,owner,Name\nA,high,x,y\n");

    assertThat(r.fatal()).isTrue();
    assertThat(r.issues())
        .extracting(Issue::toString)
        .containsExactly(
            "systems.csv:1:3: owner: expected one of the columns (" + EXPECTED_COLUMNS + "), found unknown column"
                + " \"owner\"",
            "systems.csv:1:4: Name: expected one of the columns (" + EXPECTED_COLUMNS + "), found unknown column"
                + " \"Name\" (did you mean \"name\"? column names are case-sensitive)");
    assertThat(r.issues().get(0).message().ja())
        .isEqualTo("列（" + EXPECTED_COLUMNS + "）のいずれかが必要ですが、未知の列「owner」でした");
  }

  @Test
  void read_missingRequiredColumn_isFatal() throws IOException {
    ReadResult r = read("system_id,name\nA,x\n");

    assertThat(r.fatal()).isTrue();
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv:1: criticality: expected the required column \"criticality\", found no such column in"
            + " the header");
    assertThat(issue.message().ja()).isEqualTo("必須の列「criticality」が必要ですが、見出し行にありませんでした");
  }

  // Row structure.

  @Test
  void read_shortAndLongRows_areSkippedWithIssues() throws IOException {
    ReadResult r = read("system_id,name,criticality\nA,high\nB,b,low,extra\nC,c,high\n");

    assertThat(r.fatal()).isFalse();
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(rows).extracting(Row::key).containsExactly("C");
    assertThat(r.issues())
        .extracting(Issue::toString)
        .containsExactly(
            "systems.csv:2: expected 3 fields as in the header, found 2 (the row is skipped)",
            "systems.csv:3: expected 3 fields as in the header, found 4 (the row is skipped)");
    assertThat(r.issues().get(0).message().ja())
        .isEqualTo("見出し行と同じ3個の項目が必要ですが、2個でした（この行は読み飛ばします）");
  }

  @Test
  void read_unclosedQuoteAtEof_isFatalAtTheOpeningQuote() throws IOException {
    ReadResult r = read("system_id,name,criticality\nA,a,high\nB,\"never closed,low\nC,c,high\n");

    assertThat(r.fatal()).isTrue();
    assertThat(rows).extracting(Row::key).containsExactly("A");
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo(
            "systems.csv:3:3: expected a closing quote (\") for the field that starts here, found the end of the file");
    assertThat(issue.message().ja())
        .isEqualTo("ここから始まる項目を閉じる引用符（\"）が必要ですが、ファイルの終わりに達しました");
  }

  @Test
  void read_trailingDataAfterClosingQuote_isFatal() throws IOException {
    ReadResult r = read("system_id,name,criticality\nA,a,high\nB,\"abc\"x,low\nC,c,high\n");

    assertThat(r.fatal()).isTrue();
    assertThat(rows).extracting(Row::key).containsExactly("A");
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv:3:8: expected a comma or the end of the line after a closing quote, found \"x\"");
    assertThat(issue.message().ja()).isEqualTo("閉じる引用符の後にはカンマか行末が必要ですが、「x」でした");
  }

  @Test
  void read_spaceAfterClosingQuote_isAccepted() throws IOException {
    ReadResult r = read("system_id,name,criticality\nA,\"a\" ,high\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows.get(0).value(1)).isEqualTo("a");
  }

  @Test
  void read_quoteInsideUnquotedField_isLiteral() throws IOException {
    ReadResult r = read("system_id,name,criticality\nA,27\" monitor,high\n");

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows.get(0).value(1)).isEqualTo("27\" monitor");
  }

  // Limits.

  @Test
  void read_fieldOverLimit_isFatalAfterEarlierRows() throws IOException {
    // "0123456789\"" has 11 characters: just within the limit.
    Limits limits = Limits.defaults().withMaxFieldChars(11);
    ReadResult r =
        read(TestSchemas.twoColumns(), limits,
            "system_id,name\nA,a\nB,\"0123456789\"\"\"\nC,012345678901\nD,d\n".getBytes(UTF_8));

    assertThat(r.fatal()).isTrue();
    assertThat(rows).extracting(Row::key).containsExactly("A", "B");
    Issue issue = only(r);
    assertThat(issue.toString())
        .isEqualTo("systems.csv:4:3: expected a field of at most 11 characters, found a longer one (is a quote left"
            + " open?)");
    assertThat(issue.message().ja())
        .isEqualTo("項目は最大11文字ですが、それより長い項目がありました（引用符が閉じられていない可能性があります）");
  }

  @Test
  void read_escapedQuotesCountOnceTowardsTheFieldLimit() throws IOException {
    Limits limits = Limits.defaults().withMaxFieldChars(11);
    String elevenQuotes = "\"".repeat(11);
    String field = "\"" + elevenQuotes.repeat(2) + "\"";
    ReadResult r = read(TestSchemas.systems(), limits, ("system_id,criticality\n" + field + ",high\n").getBytes(UTF_8));

    assertThat(r.isClean()).as(en(r)).isTrue();
    assertThat(rows.get(0).key()).isEqualTo(elevenQuotes);
  }

  @Test
  void read_tooManyFields_isFatal() throws IOException {
    Limits limits = new Limits(1000, 64, 100, 256, 1000, 100, 5, 1000);
    ReadResult r = read(TestSchemas.systems(), limits, "system_id,criticality\nA,high,,,,,\n".getBytes(UTF_8));

    assertThat(r.fatal()).isTrue();
    assertThat(only(r).toString()).isEqualTo("systems.csv:2: expected at most 5 fields in a row, found more");
  }

  @Test
  void read_recordOverLimit_isFatal() throws IOException {
    // 2 columns and fields of at most 9 characters: a record may have (2 + 1) * 9 = 27 characters.
    Limits limits = new Limits(1000, 64, 100, 256, 1000, 9, 100, 10_000);
    ReadResult r =
        read(TestSchemas.twoColumns(), limits,
            "system_id,name\nA,b\nC,d,eeeeeeeee,fffffffff,ggggggggg\n".getBytes(UTF_8));

    assertThat(r.fatal()).isTrue();
    assertThat(rows).extracting(Row::key).containsExactly("A");
    assertThat(only(r).toString()).isEqualTo("systems.csv:3: expected a row of at most 27 characters, found a longer one");
  }

  @Test
  void read_fileOverLimit_isFatal() throws IOException {
    Limits limits = Limits.defaults().withMaxFileBytes(100);
    StringBuilder csv = new StringBuilder("system_id,criticality\n");
    for (int i = 0; i < 100; i++) {
      csv.append("SYS-").append(i).append(",high\n");
    }
    ReadResult r = read(TestSchemas.systems(), limits, csv.toString().getBytes(UTF_8));

    assertThat(r.fatal()).isTrue();
    Issue issue = only(r);
    assertThat(issue.toString()).isEqualTo("systems.csv: expected a file of at most 100 bytes, found a larger one");
    assertThat(issue.message().ja()).isEqualTo("ファイルは最大100バイトですが、それより大きいファイルでした");
  }

  @Test
  void read_fileOverLimitAfterTheSniffedBlock_keepsEarlierRows() throws IOException {
    Limits limits = Limits.defaults().withMaxFileBytes(200_000);
    StringBuilder csv = new StringBuilder("system_id,criticality\n");
    for (int i = 0; csv.length() < 300_000; i++) {
      csv.append("SYS-").append(i).append(",high\n");
    }
    ReadResult r = read(TestSchemas.systems(), limits, csv.toString().getBytes(UTF_8));

    assertThat(r.fatal()).isTrue();
    assertThat(r.rows()).isBetween(10_000L, 20_000L);
    assertThat(only(r).message().en()).isEqualTo("expected a file of at most 200,000 bytes, found a larger one");
  }

  @Test
  void read_manyBadRows_keepsFirstThousandIssuesAndCountsTheRest() throws IOException {
    StringBuilder csv = new StringBuilder("system_id,criticality\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("SYS-").append(i).append(",bad\n");
    }
    ReadResult r = read(csv.toString());

    assertThat(r.fatal()).isFalse();
    assertThat(r.rows()).isEqualTo(1500);
    assertThat(r.issues()).hasSize(CsvDatasetReader.MAX_ISSUES + 1);
    Issue last = r.issues().get(CsvDatasetReader.MAX_ISSUES);
    assertThat(last.toString()).isEqualTo("systems.csv: and 500 more issues (only the first 1,000 are listed)");
    assertThat(last.message().ja()).isEqualTo("ほかに500件の問題があります（最初の1,000件のみ表示）");
  }

  @Test
  void read_fatalIssueAfterTheCap_isStillReportedLast() throws IOException {
    StringBuilder csv = new StringBuilder("system_id,criticality\n");
    for (int i = 0; i < 1002; i++) {
      csv.append("SYS-").append(i).append(",bad\n");
    }
    csv.append("X,\"open\n");
    ReadResult r = new CsvDatasetReader(Limits.defaults()).read(
        TestSchemas.systems(), "systems.csv", new ByteArrayInputStream(csv.toString().getBytes(UTF_8)), null, rows::add);

    assertThat(r.fatal()).isTrue();
    assertThat(r.issues()).hasSize(CsvDatasetReader.MAX_ISSUES + 2);
    assertThat(r.issues().get(1000).message().en()).startsWith("and 2 more issues");
    assertThat(r.issues().get(1001).toString()).startsWith("systems.csv:1004:3: expected a closing quote");
  }

  /**
   * A file that opens a quote and never closes it must be rejected at the field limit, not buffered: 300 MB
   * would not fit the test heap as a Java string together with the parser's copies.
   */
  @Test
  void read_hugeUnclosedQuotedField_failsAtTheFieldLimitWithoutBuffering() throws IOException {
    long size = 300L * 1024 * 1024;
    InputStream huge = new GeneratedStream("system_id,name,criticality\nA,\"".getBytes(UTF_8), size);

    ReadResult r = read(TestSchemas.systems(), Limits.defaults(), huge);

    assertThat(r.fatal()).isTrue();
    assertThat(only(r).toString())
        .isEqualTo("systems.csv:2:3: expected a field of at most 65,536 characters, found a longer one (is a quote left"
            + " open?)");
    assertThat(((GeneratedStream) huge).served).isLessThan(1024 * 1024);
  }

  // Sinks and callers.

  @Test
  void read_doesNotCloseTheCallersStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("system_id,criticality\nA,high\n".getBytes(UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new CsvDatasetReader(Limits.defaults()).read(TestSchemas.systems(), "s.csv", in, null, rows::add);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void read_ioFailureOfTheStream_isThrown() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    org.assertj.core.api.Assertions.assertThatIOException()
        .isThrownBy(() -> read(TestSchemas.systems(), Limits.defaults(), failing))
        .withMessage("disk on fire");
  }
}
