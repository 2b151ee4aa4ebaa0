package dev.kizuki.report;

import java.util.Locale;

/**
 * The report formats kizuki writes, by the name used on the command line; {@link #writer()} gives each its
 * writer (the writer classes themselves are not part of the API).
 */
public enum ReportFormat {
  /** A plain-text summary for a terminal. */
  TEXT("text"),
  /** The versioned machine-readable report, {@code kizuki-report/1}. */
  JSON("json"),
  /** One row per item and per evidence row, for Excel (UTF-8 with BOM, CRLF, formula cells neutralized). */
  CSV("csv"),
  /** Markdown for a wiki page or a pull request. */
  MD("md"),
  /** A self-contained HTML page with charts, for a person to open. */
  HTML("html"),
  /** OSCAL 1.1 Assessment Results (JSON), for compliance tools: an observation per item, a finding per unmet one. */
  OSCAL("oscal"),
  /** JUnit XML for CI dashboards: a test case per item, a suite per category. */
  JUNIT("junit");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /**
   * The name used on the command line.
   *
   * @return such as {@code json} or {@code md}
   */
  public String id() {
    return id;
  }

  /**
   * A writer for this format.
   *
   * @return a new, thread-safe writer
   */
  public ReportWriter writer() {
    return switch (this) {
      case TEXT -> new TextReportWriter();
      case JSON -> new JsonReportWriter();
      case CSV -> new CsvReportWriter();
      case MD -> new MarkdownReportWriter();
      case HTML -> new HtmlReportWriter();
      case OSCAL -> new OscalReportWriter();
      case JUNIT -> new JUnitReportWriter();
    };
  }

  /**
   * The format named {@code id} (case-insensitive).
   *
   * @param id the name
   * @return the format
   * @throws IllegalArgumentException naming the known formats
   */
  public static ReportFormat of(String id) {
    for (ReportFormat f : values()) {
      if (f.id.equalsIgnoreCase(id)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (ReportFormat f : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(f.id);
    }
    throw new IllegalArgumentException("report format must be one of " + known + ", was: " + id.toLowerCase(Locale.ROOT));
  }
}
