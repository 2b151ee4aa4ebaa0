package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.Writer;

/** A plain-text summary for a terminal: score, coverage, categories, and failing items ranked by gain. */
public final class TextReportWriter implements ReportWriter {

  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    // Replaced by the full summary in the CLI work; keeps the format list complete meanwhile.
    out.write(String.format(java.util.Locale.ROOT, "%s %.2f%n", assessment.checklist().id(), assessment.score()));
  }
}
