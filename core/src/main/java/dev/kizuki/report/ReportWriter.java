package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders an assessment in one format. Writers only render: they never evaluate rules or recompute
 * scores. Implementations are immutable and thread-safe, and give the same characters for the same
 * assessment and language (no clock, locale, time zone or platform line separator involved).
 */
public interface ReportWriter {

  /**
   * Writes the report in {@code lang} to {@code out} (formats that carry both languages, such as JSON,
   * ignore it). Does not close {@code out}.
   *
   * @param assessment what to report
   * @param lang the report's language
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  void write(Assessment assessment, Lang lang, Writer out) throws IOException;

  /**
   * {@code s} safe to print on a terminal as one line, as the text report prints every text: C0 and C1
   * controls and DEL (so ESC and CSI too) become U+FFFD, line breaks and tabs become spaces, and
   * bidirectional controls are dropped. Returns {@code s} itself when there is nothing to replace. For tools
   * that print text from checklists or data next to the text report.
   *
   * @param s any text
   * @return the text, safe to print as one line
   */
  static String terminalSafe(String s) {
    return TextReportWriter.terminalSafe(s);
  }
}
