package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.RowRef;
import dev.kizuki.internal.report.ReportView;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an assessment as CSV for Excel: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, one
 * row per item and, unless {@link #itemsOnly()}, one row per evidence row after its item.
 *
 * <p>Columns ({@link #HEADER}): {@code row_type} ({@code item} or {@code evidence}), then {@code item_id,
 * category, title, severity, weight, status, score, gain, basis, lessons, measures, reason, remediation,
 * answer, answer_stale}, which item rows fill, then {@code dataset, source, line, key, row_result,
 * row_reason}, which evidence rows fill (with {@code item_id}). Texts are in the report language; statuses,
 * severities and bases are the stable ids of the JSON report; {@code score} is 0 to 1, {@code gain} in
 * points; lists are joined with {@code "; "}.
 *
 * <p>Formula injection: a text cell that starts with {@code = + - @}, tab, CR or LF, or the full-width
 * {@code ＝ ＋ － ＠}, is prefixed with a single quote {@code '} (OWASP CSV injection guidance), so a
 * spreadsheet shows it as text and never evaluates it. Numbers written by kizuki are never negative and are
 * left as they are. The same assessment and language always give the same characters. Immutable and
 * thread-safe.
 */
public final class CsvReportWriter implements ReportWriter {
  /** The header row. */
  public static final List<String> HEADER = List.of(
      "row_type", "item_id", "category", "title", "severity", "weight", "status", "score", "gain", "basis",
      "lessons", "measures", "reason", "remediation", "answer", "answer_stale",
      "dataset", "source", "line", "key", "row_result", "row_reason");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final boolean evidenceRows;

  private CsvReportWriter(boolean evidenceRows) {
    this.evidenceRows = evidenceRows;
  }

  /** A writer of item rows followed by their evidence rows. */
  public CsvReportWriter() {
    this(true);
  }

  /** A writer of item rows only. */
  public static CsvReportWriter itemsOnly() {
    return new CsvReportWriter(false);
  }

  /** Writes the report in {@code lang}, starting with a byte order mark; does not close {@code out}. */
  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    out.write('\uFEFF');
    // The printer is not closed: closing would close the caller's writer.
    CSVPrinter printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(HEADER);
    for (ItemResult r : assessment.items()) {
      printer.printRecord(itemRow(r, lang));
      if (evidenceRows) {
        for (RowRef ref : r.evidence().rows()) {
          printer.printRecord(evidenceRow(r, ref, lang));
        }
      }
    }
    printer.flush();
  }

  private static List<String> itemRow(ItemResult r, Lang lang) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.add("item");
    row.add(text(r.id()));
    row.add(text(r.item().category()));
    row.add(text(r.item().title().get(lang)));
    row.add(r.item().severity().id());
    row.add(ReportView.number(r.item().weight(), 4));
    row.add(r.outcome().id());
    row.add(ReportView.number(r.score(), 4));
    row.add(ReportView.number(r.gain(), 2));
    row.add(r.basis().id());
    row.add(text(String.join("; ", r.item().lessons())));
    row.add(text(String.join("; ", r.item().measures())));
    row.add(text(r.reason().get(lang)));
    row.add(text(r.item().remediation().get(lang)));
    row.add(r.answer().map(a -> a.value().id()).orElse(""));
    row.add(r.answer().map(a -> String.valueOf(a.stale())).orElse(""));
    row.addAll(Arrays.asList("", "", "", "", "", ""));
    return row;
  }

  private static List<String> evidenceRow(ItemResult r, RowRef ref, Lang lang) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.add("evidence");
    row.add(text(r.id()));
    for (int i = 2; i < 16; i++) {
      row.add("");
    }
    row.add(text(ref.dataset()));
    row.add(text(ref.source()));
    row.add(String.valueOf(ref.line()));
    row.add(text(ref.key()));
    row.add(ref.result().id());
    row.add(text(ref.reason().get(lang)));
    return row;
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
}
