package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML page's structure and escaping, checked on the text (the browser test checks what a browser makes). */
class HtmlReportWriterTest {
  private static final String CSP =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

  @Test
  void write_mini_isSelfContainedWithStrictCspAndNoScript() {
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.EN);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", CSP);
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=\"", "href=\"http", "@import", "url(");
    assertThat(html).doesNotContain("\r");
  }

  @Test
  void write_mini_hasChartsPlanAndEveryItem() {
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.EN);
    assertThat(html).contains("Overall score", "Category scores", "Item statuses", "Remediation plan");
    assertThat(html).contains("<polygon class=\"area\"", "<rect class=\"bar-contradicted\"");
    for (String id : List.of("FAILOVER", "RESTORE", "RDP", "DRILL", "POLICY")) {
      assertThat(html).contains("<details class=\"item\" id=\"item-" + id + "\">");
    }
    // The plan is ranked by gain: RDP (44.44) before FAILOVER (16.67).
    assertThat(html.indexOf("href=\"#item-RDP\"")).isLessThan(html.indexOf("href=\"#item-FAILOVER\""));
    assertThat(html).contains("<code>case-1</code> Case 1");
  }

  @Test
  void write_japanese_translatesFixedTexts() {
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.JA);
    assertThat(html).contains("<html lang=\"ja\">", "総合スコア", "改善計画", "矛盾", "切替試験");
    assertThat(html).doesNotContain("Overall score", "Remediation plan");
  }

  @Test
  void write_payloadInText_isEscaped() {
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.EN);
    assertThat(html).contains("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>");
    assertThat(html).contains("<code>\"&gt;&lt;img src=x onerror=alert(1)&gt;</code>");
    assertThat(html).doesNotContain("<img", ReportSamples.SCRIPT);
  }

  @Test
  void write_payloadInAttribute_cannotLeaveTheAttribute() {
    // Item ids land in id and href attributes.
    String html = ReportSamples.render(new HtmlReportWriter(),
        ReportSamples.payloads(List.of("\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)")), Lang.EN);
    assertThat(html).contains("id=\"item-P00&#34;>&lt;img src=x onerror=alert(1)>\"");
    assertThat(html).contains("href=\"#item-P01&#39; onmouseover=&#39;alert(1)\"");
  }

  @Test
  void reportFormat_html_isThisWriter() {
    assertThat(ReportFormat.of("html").writer()).isInstanceOf(HtmlReportWriter.class);
  }
}
