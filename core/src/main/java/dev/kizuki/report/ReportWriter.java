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
}
