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
  private static final List<String> CHANGE_INPUT_COLUMNS =
      List.of("reason", "source", "profile", "parameter", "value", "previous");
  private static final List<String> NOT_SELECTED_INPUT_COLUMNS = List.of("title", "reason", "profile");
  private static final List<String> WAIVER_INPUT_COLUMNS = List.of("key", "source", "justification", "approver");
  private static final List<String> PROFILE_INPUT_COLUMNS = List.of("title", "source", "profile", "profile_chain");
  /** The columns before profiles and waivers were added, which must keep their names and order. */
  private static final List<String> FIRST_COLUMNS = List.of(
      "row_type", "item_id", "category", "title", "severity", "weight", "status", "score", "gain", "basis",
      "lessons", "measures", "reason", "remediation", "answer", "answer_stale",
      "dataset", "source", "line", "key", "row_result", "row_reason");

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
    Assessment a = ReportSamples.handBuiltPayloads(PAYLOADS);
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
  void write_tailoredPayloadCorpus_everyProfileAndWaiverCellNeutralized() throws IOException {
    // given
    Assessment a = ReportSamples.handBuiltTailoredPayloads(PAYLOADS);
    // when
    List<CSVRecord> records = parse(ReportSamples.render(new CsvReportWriter(), a, Lang.EN));
    // then
    for (CSVRecord r : records) {
      for (String cell : r.values()) {
        assertThat(isNeutral(cell)).as("cell %s", cell).isTrue();
      }
    }
    String first = CsvReportWriter.text(PAYLOADS.get(0));
    List<CSVRecord> profiles = ofType(records, "profile");
    assertThat(profiles).hasSize(1);
    assertThat(cells(profiles.get(0), PROFILE_INPUT_COLUMNS)).as("profile").containsOnly(first);
    List<CSVRecord> changes = ofType(records, "profile_change");
    List<CSVRecord> notSelected = ofType(records, "not_selected");
    List<CSVRecord> waivers = ofType(records, "waiver");
    assertThat(changes).hasSize(PAYLOADS.size());
    assertThat(notSelected).hasSize(PAYLOADS.size());
    assertThat(waivers).hasSize(PAYLOADS.size());
    for (int k = 0; k < PAYLOADS.size(); k++) {
      String expected = CsvReportWriter.text(PAYLOADS.get(k));
      String itemId = CsvReportWriter.text(a.items().get(k).id());
      assertThat(cells(changes.get(k), CHANGE_INPUT_COLUMNS)).as("change %d", k).containsOnly(expected);
      assertThat(cells(notSelected.get(k), NOT_SELECTED_INPUT_COLUMNS)).as("not selected %d", k)
          .containsOnly(expected);
      assertThat(cells(waivers.get(k), WAIVER_INPUT_COLUMNS)).as("waiver %d", k).containsOnly(expected);
      assertThat(List.of(changes.get(k), notSelected.get(k), waivers.get(k))).extracting(r -> r.get("item_id"))
          .containsOnly(itemId);
    }
  }

  @Test
  void write_tailored_listsProfileChangesAndWaiversBeforeItems() throws IOException {
    // when
    List<CSVRecord> records = parse(ReportSamples.render(new CsvReportWriter(), ReportSamples.tailored(), Lang.EN));
    // then
    assertThat(records).extracting(r -> r.get("row_type")).startsWith("profile", "profile_change",
        "profile_change", "profile_change", "not_selected", "waiver", "waiver", "waiver", "item");
    assertThat(cells(records.get(0), List.of("profile", "title", "profile_chain", "source")))
        .containsExactly("tailored", "Tailored <b>", "tailored", "profile.yaml");
    assertThat(cells(records.get(2), List.of("item_id", "change", "parameter", "previous", "value", "line")))
        .containsExactly("FAILOVER", "set_parameter", "max_age_days", "365", "400", "8");
    assertThat(cells(records.get(3), List.of("item_id", "category", "change", "previous", "value")))
        .containsExactly("", "exposure", "set_category_weight", "2.0000", "3.0000");
    assertThat(cells(records.get(4), List.of("item_id", "category", "title", "change", "reason")))
        .containsExactly("DRILL", "resilience", "Drill", "deselect_item", "Drills are tracked elsewhere");
    assertThat(cells(records.get(6), List.of("item_id", "status", "waiver_status", "key", "approver", "expires",
        "source"))).containsExactly("FAILOVER", "contradicted", "rows_waived",
            CsvReportWriter.text(ReportSamples.FORMULA), "IT manager", "2026-11-30", "waivers.yaml");
  }

  @Test
  void write_waivedItem_keepsItsRealStatusWithTheWaiverBeside() throws IOException {
    // when
    List<CSVRecord> items = ofType(parse(ReportSamples.render(CsvReportWriter.itemsOnly(), ReportSamples.tailored(),
        Lang.EN)), "item");
    List<CSVRecord> ja = ofType(parse(ReportSamples.render(CsvReportWriter.itemsOnly(), ReportSamples.tailored(),
        Lang.JA)), "item");
    // then: ids in English (scripts filter on them), the same words in Japanese for people
    assertThat(ja).extracting(r -> cells(r, List.of("status", "waiver_status"))).first()
        .isEqualTo(List.of("矛盾", "一部の行を免除中"));
    List<String> columns = List.of("item_id", "status", "score", "waiver_status", "outcome_with_waiver",
        "score_with_waiver");
    assertThat(items).extracting(r -> cells(r, columns)).containsExactly(
        List.of("FAILOVER", "contradicted", "0.0000", "rows_waived", "contradicted", "0.0000"),
        List.of("RESTORE", "partial", "0.3333", "", "", ""),
        List.of("RDP", "contradicted", "0.0000", "waived", "contradicted", "0.0000"),
        List.of("POLICY", "partial", "0.5000", "expired", "partial", "0.5000"));
  }

  @Test
  void header_keepsTheFirstColumnsInTheirOrder() {
    assertThat(CsvReportWriter.HEADER.subList(0, FIRST_COLUMNS.size())).isEqualTo(FIRST_COLUMNS);
    assertThat(CsvReportWriter.HEADER).doesNotHaveDuplicates();
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
  void itemsOnly_tailored_writesNoProfileOrWaiverRows() throws IOException {
    List<CSVRecord> records =
        parse(ReportSamples.render(CsvReportWriter.itemsOnly(), ReportSamples.tailored(), Lang.EN));
    assertThat(records).extracting(r -> r.get("row_type")).containsOnly("item");
    assertThat(records).extracting(r -> r.get("item_id")).containsExactly("FAILOVER", "RESTORE", "RDP", "POLICY");
  }

  @Test
  void reportFormat_csv_isThisWriter() {
    assertThat(ReportFormat.of("CSV").writer()).isInstanceOf(CsvReportWriter.class);
  }

  private static List<String> cells(CSVRecord r, List<String> columns) {
    return columns.stream().map(r::get).toList();
  }

  private static List<CSVRecord> ofType(List<CSVRecord> records, String rowType) {
    return records.stream().filter(r -> r.get("row_type").equals(rowType)).toList();
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
