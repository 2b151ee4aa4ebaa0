package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.ReportView;
import dev.kizuki.internal.report.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an assessment as JUnit XML (the layout of Ant's and Jenkins' {@code junit-10.xsd}) for CI
 * dashboards: a {@code testsuite} per category, a {@code testcase} per item. PASS passes; FAIL, PARTIAL and
 * CONTRADICTED are {@code failure}s (PARTIAL is not met: it stays in the remediation plan, so a dashboard must
 * not show it green); ERROR is an {@code error}; UNKNOWN and NOT_APPLICABLE are {@code skipped}, with the
 * reason as the message, and the status word (in the report's language) as a failure's {@code type}. Each
 * failure and error carries the rows behind it, the severity, gain and remediation as its text.
 *
 * <p>Texts are in the report's language; times are 0 and the timestamp is the as-of date, so the same
 * assessment and language give the same characters. Every text is XML-escaped and characters XML cannot
 * carry are replaced. Immutable and thread-safe.
 */
final class JUnitReportWriter implements ReportWriter {

  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    ReportView v = ReportView.of(assessment, lang);
    StringBuilder x = new StringBuilder(8192);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    List<ReportView.ItemView> items = v.items();
    x.append("<testsuites name=\"").append(Xml.attribute(v.checklistId() + " " + v.title()))
        .append("\" tests=\"").append(items.size())
        .append("\" failures=\"").append(items.stream().filter(i -> kind(i).equals("failure")).count())
        .append("\" errors=\"").append(items.stream().filter(i -> kind(i).equals("error")).count())
        .append("\" time=\"0\">\n");
    for (ReportView.CategoryView c : v.categories()) {
      List<ReportView.ItemView> in = items.stream().filter(i -> i.categoryId().equals(c.id())).toList();
      suite(x, v, c.id(), c.title(), in);
    }
    // Items whose category the checklist does not list still get a suite: nothing is dropped.
    List<ReportView.ItemView> rest = items.stream()
        .filter(i -> v.categories().stream().noneMatch(c -> c.id().equals(i.categoryId()))).toList();
    if (!rest.isEmpty()) {
      suite(x, v, "", v.t(Label.CATEGORY), rest);
    }
    x.append("</testsuites>\n");
    out.write(x.toString());
    out.flush();
  }

  private static void suite(StringBuilder x, ReportView v, String id, String title, List<ReportView.ItemView> items) {
    x.append("  <testsuite name=\"").append(Xml.attribute(title))
        .append("\" id=\"").append(Xml.attribute(id))
        .append("\" package=\"").append(Xml.attribute(v.checklistId()))
        .append("\" tests=\"").append(items.size())
        .append("\" failures=\"").append(items.stream().filter(i -> kind(i).equals("failure")).count())
        .append("\" errors=\"").append(items.stream().filter(i -> kind(i).equals("error")).count())
        .append("\" skipped=\"").append(items.stream().filter(i -> kind(i).equals("skipped")).count())
        .append("\" time=\"0\" timestamp=\"").append(v.asOf()).append("T00:00:00\">\n");
    x.append("    <properties>\n");
    property(x, "kizuki.checklist", v.checklistId());
    property(x, "kizuki.version", v.version());
    property(x, "kizuki.as-of", v.asOf());
    property(x, "kizuki.scoring-model", v.scoringModel());
    property(x, "kizuki.score", v.score());
    for (ReportView.ExclusionView e : v.exclusions()) {
      property(x, "kizuki.exclusion", e.summary() + ": " + String.join(", ", e.items()));
    }
    for (ReportView.DeclarationView d : v.declarations()) {
      property(x, "kizuki.declaration", d.summary());
    }
    x.append("    </properties>\n");
    for (ReportView.ItemView i : items) {
      testCase(x, v, i);
    }
    x.append("  </testsuite>\n");
  }

  private static void property(StringBuilder x, String name, String value) {
    x.append("      <property name=\"").append(name).append("\" value=\"").append(Xml.attribute(value))
        .append("\"/>\n");
  }

  private static void testCase(StringBuilder x, ReportView v, ReportView.ItemView i) {
    x.append("    <testcase name=\"").append(Xml.attribute(i.id() + " " + i.title()))
        .append("\" classname=\"").append(Xml.attribute(v.checklistId() + "." + i.categoryId()))
        .append("\" time=\"0\"");
    String kind = kind(i);
    if (kind.isEmpty()) {
      x.append("/>\n");
      return;
    }
    x.append(">\n      <").append(kind).append(" message=\"").append(Xml.attribute(i.status() + ": " + i.reason()))
        .append('"');
    if (kind.equals("skipped")) {
      x.append("/>\n");
    } else {
      x.append(" type=\"").append(Xml.attribute(i.status())).append("\">").append(Xml.text(details(v, i))).append("</")
          .append(kind).append(">\n");
    }
    x.append("    </testcase>\n");
  }

  /** The element an item's status becomes, or empty for a passing case. */
  private static String kind(ReportView.ItemView i) {
    return switch (i.statusId()) {
      case "pass" -> "";
      case "error" -> "error";
      case "unknown", "not_applicable" -> "skipped";
      default -> "failure";
    };
  }

  /** What a person needs beside the message: severity, gain, the rows that did not pass, the remediation. */
  private static String details(ReportView v, ReportView.ItemView i) {
    StringBuilder d = new StringBuilder();
    d.append(v.t(Label.SEVERITY)).append(": ").append(i.severity()).append('\n');
    d.append(v.t(Label.GAIN)).append(": ").append(i.gain()).append(' ').append(v.t(Label.POINTS)).append('\n');
    if (i.evidence() != null) {
      for (ReportView.RowView r : i.evidence().rows()) {
        d.append(r.source()).append(':').append(r.line()).append(' ').append(r.key()).append(" (")
            .append(r.result()).append("): ").append(r.reason()).append('\n');
      }
      if (!i.evidence().rowsShown().isEmpty()) {
        d.append(i.evidence().rowsShown()).append('\n');
      }
    }
    if (!i.remediation().isEmpty()) {
      d.append(v.t(Label.REMEDIATION)).append(": ").append(i.remediation()).append('\n');
    }
    return d.toString();
  }
}
