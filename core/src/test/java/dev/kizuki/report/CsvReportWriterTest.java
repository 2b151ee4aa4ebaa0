package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
  private static final List<String> PAYLOADS = ReportSamples.corpus("reports/payloads.txt");
  /** Columns whose cells the payload assessment fills from its input (item k carries payload k). */
  private static final List<String> ITEM_INPUT_COLUMNS = List.of("title", "reason", "remediation");
  private static final List<String> EVIDENCE_INPUT_COLUMNS = List.of("dataset", "source", "key", "row_reason");

  @Test
  void corpus_hasAtLeastThirtyPayloads() {
    assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
  }

  @Test
  void text_formulaStart_isPrefixedWithQuote() {
    for (String p : List.of("=1", "+1", "-1", "@A1", "\t=1", "\r=1", "\n=1", "\uFF1D1", "\uFF0B1", "\uFF0D1",
        "\uFF20A1")) {
      assertThat(CsvReportWriter.text(p)).isEqualTo("'" + p);
    }
    assertThat(CsvReportWriter.text("")).isEmpty();
    assertThat(CsvReportWriter.text("a=1")).isEqualTo("a=1");
    assertThat(CsvReportWriter.text("'=1")).isEqualTo("'=1");
  }

  @Test
  void write_payloadCorpus_everyInputCellNeutralizedAndRoundTrips() throws IOException {
    // given
    Assessment a = ReportSamples.payloads(PAYLOADS);
    // when
    String csv = ReportSamples.render(new CsvReportWriter(), a, Lang.EN);
    List<CSVRecord> records = parse(csv);
    // then
    List<CSVRecord> items = new ArrayList<>();
    List<CSVRecord> evidence = new ArrayList<>();
    for (CSVRecord r : records) {
      (r.get("row_type").equals("item") ? items : evidence).add(r);
      for (String cell : r.values()) {
        assertThat(isNeutral(cell)).as("cell %s", cell).isTrue();
      }
    }
    assertThat(items).hasSize(PAYLOADS.size());
    assertThat(evidence).hasSize(PAYLOADS.size());
    for (int k = 0; k < PAYLOADS.size(); k++) {
      String expected = CsvReportWriter.text(PAYLOADS.get(k));
      for (String column : ITEM_INPUT_COLUMNS) {
        assertThat(items.get(k).get(column)).as("item %d %s", k, column).isEqualTo(expected);
      }
      for (String column : EVIDENCE_INPUT_COLUMNS) {
        assertThat(evidence.get(k).get(column)).as("evidence %d %s", k, column).isEqualTo(expected);
      }
      assertThat(items.get(k).get("item_id")).isEqualTo(CsvReportWriter.text(a.items().get(k).id()));
    }
  }

  @Test
  void write_anyAssessment_startsWithBomAndEndsLinesWithCrlf() {
    String csv = ReportSamples.render(new CsvReportWriter(), ReportSamples.mini(), Lang.JA);
    assertThat(csv).startsWith("\uFEFFrow_type,item_id,category,title,").endsWith("\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void itemsOnly_mini_writesOneRowPerItem() throws IOException {
    List<CSVRecord> records = parse(ReportSamples.render(CsvReportWriter.itemsOnly(), ReportSamples.mini(), Lang.EN));
    assertThat(records).extracting(r -> r.get("item_id"))
        .containsExactly("FAILOVER", "RESTORE", "RDP", "DRILL", "POLICY");
  }

  @Test
  void reportFormat_csv_isThisWriter() {
    assertThat(ReportFormat.of("CSV").writer()).isInstanceOf(CsvReportWriter.class);
  }

  private static boolean isNeutral(String cell) {
    return cell.isEmpty() || "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(cell.charAt(0)) < 0;
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    assertThat(csv).startsWith("\uFEFF");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
      assertThat(parser.getHeaderNames()).isEqualTo(CsvReportWriter.HEADER);
      return parser.getRecords();
    }
  }
}
