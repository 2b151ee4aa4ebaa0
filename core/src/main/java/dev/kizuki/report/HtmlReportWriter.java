package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.internal.report.ReportView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes an assessment as one self-contained HTML page in one language, for a person to open from a disk
 * or a USB stick: overall score and coverage, a radar chart of category scores and a bar chart of item
 * statuses (inline SVG), the remediation plan ranked by score gain with the incident cases behind each
 * item, and every item with its rule, evidence rows and self-declared answer.
 *
 * <p>The page loads nothing (no network, fonts or scripts) and carries a Content-Security-Policy that
 * forbids scripts and every external resource. Every text from the checklist or the data is escaped by the
 * template engine (jte, {@code ContentType.Html}) for where it sits: element text, attribute value. Line ends
 * are {@code \n}; the same assessment and language always give the same characters. Immutable and
 * thread-safe.
 */
final class HtmlReportWriter implements ReportWriter {
  /** The package the jte plugin compiles {@code src/main/jte} into (see core's pom). */
  private static final String TEMPLATES = "dev.kizuki.internal.report.jte";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
      null, ContentType.Html, HtmlReportWriter.class.getClassLoader(), TEMPLATES);

  /** A writer; the precompiled template is shared. */
  HtmlReportWriter() {}

  /** Writes the page in {@code lang}; does not close {@code out}. */
  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    // Rendered to memory first (evidence is capped, so the page is small): a failing writer then surfaces
    // as its own IOException rather than wrapped by the engine.
    StringOutput page = new StringOutput();
    ENGINE.render("report.jte", ReportView.of(assessment, lang), page);
    out.write(page.toString());
    out.flush();
  }
}
