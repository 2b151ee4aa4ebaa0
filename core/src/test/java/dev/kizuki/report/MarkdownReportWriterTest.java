package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Lang;
import dev.kizuki.internal.report.Markdown;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

  @Test
  void escape_linkImageAndHtml_areInert() {
    assertThat(Markdown.escape("[x](javascript:alert(1))")).isEqualTo("\\[x\\]\\(javascript\\:alert\\(1\\)\\)");
    assertThat(Markdown.escape("![i](http://e/x.png)")).startsWith("\\!\\[i\\]\\(http\\:\\/\\/");
    assertThat(Markdown.escape("<b>x</b>")).isEqualTo("\\<b\\>x\\</b\\>".replace("</", "<\\/"));
    assertThat(Markdown.escape("&lt;")).isEqualTo("\\&lt\\;");
    assertThat(Markdown.escape("`code` *em* _em_ # h | c | ~s~"))
        .isEqualTo("\\`code\\` \\*em\\* \\_em\\_ \\# h \\| c \\| \\~s\\~");
  }

  @Test
  void escape_lineBreaks_becomeSpaces() {
    assertThat(Markdown.escape("a\r\nb\nc\td")).isEqualTo("a  b c d");
  }

  @Test
  void escape_japanese_isUnchanged() {
    assertThat(Markdown.escape("切替試験をしていますか")).isEqualTo("切替試験をしていますか");
  }

  @Test
  void write_payloads_noUnescapedMarkupReachesTheDocument() {
    List<String> payloads = ReportSamples.corpus("reports/payloads.txt");
    String md = ReportSamples.render(new MarkdownReportWriter(), ReportSamples.payloads(payloads), Lang.EN);
    // Every < [ ! ` from input is escaped; the writer itself writes none of them.
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == '<' || c == '[' || c == '`' || (c == '!' && i + 1 < md.length() && md.charAt(i + 1) == '[')) {
        assertThat(i > 0 && md.charAt(i - 1) == '\\').as("unescaped %s at ...%s...", c,
            md.substring(Math.max(0, i - 40), Math.min(md.length(), i + 40))).isTrue();
      }
    }
    for (String payload : payloads) {
      assertThat(md).contains(Markdown.escape(payload));
    }
  }

  @Test
  void write_mini_hasPlanTablesAndTranslatedHeadings() {
    String en = ReportSamples.render(new MarkdownReportWriter(), ReportSamples.mini(), Lang.EN);
    assertThat(en).contains("## Remediation plan", "1. **RDP RDP**: +44.44 points", "| Item | Title | Status |");
    String ja = ReportSamples.render(new MarkdownReportWriter(), ReportSamples.mini(), Lang.JA);
    assertThat(ja).contains("## 改善計画", "| 項目 | 名称 | 判定 |").doesNotContain("Remediation plan");
  }

  @Test
  void reportFormat_md_isThisWriter() {
    assertThat(ReportFormat.of("md").writer()).isInstanceOf(MarkdownReportWriter.class);
  }
}
