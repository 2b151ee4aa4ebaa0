package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Location;
import dev.kizuki.ProfileChange;
import dev.kizuki.RowRef;
import dev.kizuki.Tailoring;
import dev.kizuki.WaiverReport;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.Numbers;
import dev.kizuki.internal.report.ReportView;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an assessment as CSV for Excel: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, one
 * table that a spreadsheet can filter by {@code row_type}.
 *
 * <p>Rows, in this order: with a tailoring profile, one {@code profile} row, one {@code profile_change} row
 * per change and one {@code not_selected} row per item the profile left out; with a waiver file, one {@code
 * waiver} row per waiver; one {@code declaration} row per declaration that a dataset is complete and one
 * {@code exclusion} row per reason items do not apply; then one {@code item} row per item and, unless {@link #itemsOnly()}, one {@code
 * evidence} row per evidence row after its item. {@link #itemsOnly()} writes the item rows alone.
 *
 * <p>Columns ({@link #HEADER}), and the rows that fill them:
 * <ul>
 *   <li>{@code row_type}: every row.
 *   <li>{@code item_id, category, title, severity, weight, status, score, gain, basis, lessons, measures,
 *       reason, remediation, answer, answer_stale}: item rows. {@code item_id} also on every row about one
 *       item; {@code category} also on not_selected rows and on profile_change rows of a category; {@code
 *       title} also on profile rows (the profile's) and not_selected rows; {@code status} on waiver rows is
 *       the item's honest outcome; {@code reason} on profile_change and not_selected rows is the profile's
 *       reason.
 *   <li>{@code dataset, source, line, key, row_result, row_reason}: evidence rows. {@code source} and {@code
 *       line} also say where a profile, change or waiver is written; {@code key} on waiver rows lists the
 *       waived rows (empty when the whole item is waived).
 *   <li>{@code waiver_status} ({@code waived}, {@code rows_waived}, {@code expired}, {@code not_selected}),
 *       {@code outcome_with_waiver, score_with_waiver}: waiver rows and the item rows of items that have a
 *       waiver, with the same meaning as in the JSON report (a waived item keeps its honest {@code status}
 *       and {@code score}; with {@code waived} it is left out of the score with waivers); empty otherwise.
 *   <li>{@code justification, approver, expires}: waiver rows.
 *   <li>{@code plan_rank}: item rows of items in the remediation plan, their place in it (1 first), ranked
 *       as in every report; empty for items that pass or do not apply.
 *   <li>{@code profile}: the profile id on profile rows, the profile that made the change on profile_change
 *       and not_selected rows; {@code change}: the kind of change ({@code set_parameter} etc.), on
 *       not_selected rows the one that left the item out; {@code parameter, value, previous}: profile_change
 *       rows that set a parameter or a weight; {@code profile_chain}: profile rows, the {@code extends} chain
 *       from its root to the profile.
 *   <li>{@code declared_by, declared_on}: declaration rows, with {@code dataset}, the note in {@code reason}
 *       and where it was written in {@code source}; {@code scope, rows}: exclusion rows, the rules' scope in
 *       plain words and the rows of {@code dataset} looked at, with the items in {@code item_id} and the
 *       sentence in {@code reason}.
 * </ul>
 * Texts are in the report language; statuses, severities, bases, answers, waiver statuses and change kinds
 * are the stable ids of the JSON report in English, and their Japanese words (不合格, 重大, …) in Japanese; {@code score} and {@code score_with_waiver} are 0 to 1, {@code gain} in
 * points; lists are joined with {@code "; "}.
 *
 * <p>Formula injection: a text cell that starts with {@code = + - @}, tab, CR or LF, or the full-width
 * {@code ＝ ＋ － ＠}, is prefixed with a single quote {@code '} (OWASP CSV injection guidance), so a
 * spreadsheet shows it as text and never evaluates it. Every cell that comes from the input (checklist,
 * data, profile or waiver file, parameter values included) is treated so; numbers written by kizuki are
 * never negative and are left as they are. The same assessment and language always give the same
 * characters. Immutable and thread-safe.
 */
final class CsvReportWriter implements ReportWriter {
  /** The header row. */
  static final List<String> HEADER = List.of(
      "row_type", "item_id", "category", "title", "severity", "weight", "status", "score", "gain", "basis",
      "lessons", "measures", "reason", "remediation", "answer", "answer_stale",
      "dataset", "source", "line", "key", "row_result", "row_reason",
      "waiver_status", "outcome_with_waiver", "score_with_waiver", "justification", "approver", "expires",
      "profile", "change", "parameter", "value", "previous", "profile_chain",
      "declared_by", "declared_on", "scope", "rows", "plan_rank");

  private static final Map<String, Integer> COLUMN = columns();

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final boolean allRows;

  private CsvReportWriter(boolean allRows) {
    this.allRows = allRows;
  }

  /** A writer of all rows. */
  CsvReportWriter() {
    this(true);
  }

  /**
   * A writer of item rows only.
   *
   * @return a writer without evidence, profile or waiver rows
   */
  static CsvReportWriter itemsOnly() {
    return new CsvReportWriter(false);
  }

  /** Writes the report in {@code lang}, starting with a byte order mark; does not close {@code out}. */
  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    out.write('\uFEFF');
    // The printer is not closed: closing would close the caller's writer.
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(HEADER);
    if (allRows) {
      Optional<Tailoring> tailoring = assessment.tailoring();
      if (tailoring.isPresent()) {
        printProfile(printer, tailoring.get(), lang);
      }
      for (WaiverReport.Entry e : assessment.waivers().entries()) {
        printer.printRecord(waiverRow(e, lang));
      }
      ReportView v = ReportView.of(assessment, lang);
      for (ReportView.DeclarationView d : v.declarations()) {
        Row row = new Row("declaration");
        row.text("dataset", d.dataset());
        row.text("declared_by", d.declaredBy());
        row.set("declared_on", d.declaredOn());
        row.text("reason", d.note());
        row.text("source", d.where());
        printer.printRecord(row.cells());
      }
      for (ReportView.ExclusionView e : v.exclusions()) {
        Row row = new Row("exclusion");
        row.text("item_id", String.join("; ", e.items()));
        row.text("dataset", e.dataset());
        row.text("scope", e.scope());
        row.set("rows", e.dataset().isEmpty() ? "" : String.valueOf(e.rows()));
        row.text("reason", e.summary());
        printer.printRecord(row.cells());
      }
    }
    Map<String, Integer> ranks = new HashMap<>();
    for (ItemResult r : ReportView.ranked(assessment.items())) {
      ranks.put(r.id(), ranks.size() + 1);
    }
    for (ItemResult r : assessment.items()) {
      Row row = itemRow(r, assessment.waivers().forItem(r.id()), lang);
      Integer rank = ranks.get(r.id());
      row.set("plan_rank", rank == null ? "" : rank.toString());
      printer.printRecord(row.cells());
      if (allRows) {
        for (RowRef ref : r.evidence().rows()) {
          printer.printRecord(evidenceRow(r, ref, lang));
        }
      }
    }
    printer.flush();
  }

  private static void printProfile(CSVPrinter printer, Tailoring t, Lang lang) throws IOException {
    Row profile = new Row("profile");
    profile.text("title", t.profile().title().get(lang));
    profile.text("source", t.profile().source());
    profile.text("profile", t.profile().id());
    profile.text("profile_chain", String.join("; ", t.profile().chain()));
    printer.printRecord(profile.cells());
    for (ProfileChange c : t.changes()) {
      Row row = new Row("profile_change");
      row.text(c.kind().onCategory() ? "category" : "item_id", c.target());
      row.text("reason", c.reason().get(lang));
      where(row, c.location());
      row.text("profile", c.profile());
      row.set("change", word(lang, c.kind().id(), Label.of(c.kind())));
      row.text("parameter", c.parameter());
      row.text("value", c.value().map(CsvReportWriter::value).orElse(""));
      row.text("previous", c.previous().map(CsvReportWriter::value).orElse(""));
      printer.printRecord(row.cells());
    }
    for (Tailoring.NotSelected n : t.notSelected()) {
      Row row = new Row("not_selected");
      row.text("item_id", n.item().id());
      row.text("category", n.item().category());
      row.text("title", n.item().title().get(lang));
      row.text("reason", n.because().reason().get(lang));
      row.text("profile", n.because().profile());
      row.set("change", word(lang, n.because().kind().id(), Label.of(n.because().kind())));
      printer.printRecord(row.cells());
    }
  }

  private static List<String> waiverRow(WaiverReport.Entry e, Lang lang) {
    Row row = new Row("waiver");
    row.text("item_id", e.waiver().item());
    row.set("status", word(lang, e.outcome().id(), Label.of(e.outcome())));
    row.text("key", String.join("; ", e.waiver().rows()));
    where(row, e.waiver().location());
    waiverOutcome(row, e, lang);
    row.text("justification", e.waiver().justification().get(lang));
    row.text("approver", e.waiver().approver());
    row.set("expires", e.waiver().expires().toString());
    return row.cells();
  }

  private static Row itemRow(ItemResult r, Optional<WaiverReport.Entry> waiver, Lang lang) {
    Row row = new Row("item");
    row.text("item_id", r.id());
    row.text("category", r.item().category());
    row.text("title", r.item().title().get(lang));
    row.set("severity", word(lang, r.item().severity().id(), Label.of(r.item().severity())));
    row.set("weight", Numbers.fixed(r.item().weight(), Numbers.SHARE));
    row.set("status", word(lang, r.outcome().id(), Label.of(r.outcome())));
    row.set("score", Numbers.share(r.score()));
    row.set("gain", Numbers.points(r.gain()));
    row.set("basis", word(lang, r.basis().id(), Label.of(r.basis())));
    row.text("lessons", String.join("; ", r.item().lessons()));
    row.text("measures", String.join("; ", r.item().measures()));
    row.text("reason", r.reason().get(lang));
    row.text("remediation", r.item().remediation().get(lang));
    row.set("answer", r.answer().map(a -> word(lang, a.value().id(), Label.of(a.value()))).orElse(""));
    row.set("answer_stale", r.answer()
        .map(a -> word(lang, String.valueOf(a.stale()), a.stale() ? Label.YES : Label.NO)).orElse(""));
    waiver.ifPresent(e -> waiverOutcome(row, e, lang));
    return row;
  }

  private static List<String> evidenceRow(ItemResult r, RowRef ref, Lang lang) {
    Row row = new Row("evidence");
    row.text("item_id", r.id());
    row.text("dataset", ref.dataset());
    row.text("source", ref.source());
    row.set("line", String.valueOf(ref.line()));
    row.text("key", ref.key());
    row.set("row_result", word(lang, ref.result().id(), Label.of(ref.result())));
    row.text("row_reason", ref.reason().get(lang));
    return row.cells();
  }

  private static void waiverOutcome(Row row, WaiverReport.Entry e, Lang lang) {
    row.set("waiver_status", word(lang, e.status().id(), Label.of(e.status())));
    row.set("outcome_with_waiver", word(lang, e.outcomeWithWaiver().id(), Label.of(e.outcomeWithWaiver())));
    row.set("score_with_waiver", Numbers.share(e.scoreWithWaiver()));
  }

  /**
   * A status, severity or other stored word: the JSON report's id in English (scripts filter on it), the
   * Japanese label in Japanese (the sheet is for people, and never mixes the languages).
   */
  private static String word(Lang lang, String id, Label label) {
    return lang == Lang.JA ? label.get(Lang.JA) : id;
  }

  private static void where(Row row, Location at) {
    row.text("source", at.source());
    row.set("line", at.line() > 0 ? String.valueOf(at.line()) : "");
  }

  /** A parameter value or weight as written: weights like the weight column, others as they are. */
  private static String value(Object v) {
    if (v instanceof Double d) {
      return Numbers.fixed(d, Numbers.SHARE);
    }
    return v instanceof BigDecimal b ? b.toPlainString() : String.valueOf(v);
  }

  /**
   * {@code cell} safe to open in a spreadsheet: prefixed with {@code '} when it starts with a character that
   * Excel, LibreOffice or Google Sheets would take as the start of a formula.
   */
  static String text(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + cell;
      default -> cell;
    };
  }

  private static Map<String, Integer> columns() {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < HEADER.size(); i++) {
      columns.put(HEADER.get(i), i);
    }
    return Map.copyOf(columns);
  }

  /** One record being filled by column name; cells not set stay empty. */
  private static final class Row {
    private final String[] cells = new String[HEADER.size()];

    Row(String type) {
      Arrays.fill(cells, "");
      cells[0] = type;
    }

    /** Sets a cell written by kizuki (an id, a number, a date). */
    void set(String column, String value) {
      Integer i = COLUMN.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no CSV column " + column);
      }
      cells[i] = value;
    }

    /** Sets a cell that comes from the input, neutralized with {@link #text(String)}. */
    void text(String column, String value) {
      set(column, CsvReportWriter.text(value));
    }

    List<String> cells() {
      return Arrays.asList(cells);
    }
  }
}
