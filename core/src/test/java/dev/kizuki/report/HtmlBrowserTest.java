package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens HTML reports in a real browser (Debian's headless Chromium) and checks what it built: no console
 * message at all (no script error, no Content-Security-Policy violation), no element made from input data,
 * and every payload shown as text. One Chromium launch per document.
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped, or fails when the {@code CI} environment variable
 * is set ({@code .ci/run} installs Chromium).
 */
class HtmlBrowserTest {
  /** The elements the report's template writes; any other element in the DOM was made from input. */
  private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "main",
      "header", "section", "article", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "code", "a", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "svg", "rect", "polygon",
      "line", "text", "circle");
  /** The attributes the template writes; any other (an event handler, src, style) was made from input. */
  private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name",
      "class", "id", "href", "viewBox", "preserveAspectRatio", "width", "height", "role", "aria-label", "x", "y", "x1", "y1", "x2", "y2",
      "cx", "cy", "r", "points", "text-anchor");
  /** A start tag as Chromium serializes it: attribute values always in double quotes, quotes inside escaped. */
  private static final Pattern START_TAG =
      Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=/>\"']+(?:=\"[^\"]*\")?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=/>\"']+)(?:=\"([^\"]*)\")?");

  @TempDir
  Path dir;

  @BeforeAll
  static void chromiumInstalled() {
    if (!Chromium.installed()) {
      if (System.getenv("CI") != null) {
        fail("CI is set but %s is missing: install Debian's chromium package", Chromium.BINARY);
      }
      Assumptions.abort(Chromium.BINARY + " is not installed; skipping the browser test");
    }
  }

  @Test
  void miniReport_inChromium_rendersWithoutConsoleMessages() throws IOException {
    // given
    Path page = write("mini.html", ReportSamples.mini(), Lang.JA);
    // when
    Chromium.Run run = Chromium.dumpDom(page);
    // then
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertNoConsoleMessages(run);
    String dom = run.stdout();
    assertThat(dom).contains("自己点検レポート", "<svg", "FAILOVER");
    assertThat(dom).contains(domText(ReportSamples.SCRIPT), domText(ReportSamples.IMG), domText(ReportSamples.FORMULA));
    assertNoForeignElements(dom);
  }

  @Test
  void payloadReport_inChromium_showsEveryPayloadAsTextAndRunsNothing() throws IOException {
    // given: every text of the report is a markup, script or formula payload
    List<String> payloads = ReportSamples.corpus("reports/payloads.txt");
    Path page = write("payloads.html", ReportSamples.payloads(payloads), Lang.EN);
    // when
    Chromium.Run run = Chromium.dumpDom(page);
    // then
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertNoConsoleMessages(run);
    String dom = run.stdout();
    assertNoForeignElements(dom);
    for (String payload : payloads) {
      assertThat(dom).as("payload %s shown as text", payload).contains(domText(payload));
    }
  }

  @Test
  void payloadReport_withoutContentSecurityPolicy_stillCreatesNoElementFromInput() throws IOException {
    // given: the escaping alone must hold, so take the CSP away
    List<String> payloads = ReportSamples.corpus("reports/payloads.txt");
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.payloads(payloads), Lang.EN);
    String withoutCsp = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    assertThat(withoutCsp).isNotEqualTo(html);
    Path page = dir.resolve("no-csp.html");
    Files.writeString(page, withoutCsp, StandardCharsets.UTF_8);
    // when
    Chromium.Run run = Chromium.dumpDom(page);
    // then: no script ran (it would have logged an error calling alert in headless mode or made elements)
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertNoConsoleMessages(run);
    assertNoForeignElements(run.stdout());
  }

  private Path write(String name, Assessment a, Lang lang) throws IOException {
    Path page = dir.resolve(name);
    Files.writeString(page, ReportSamples.render(new HtmlReportWriter(), a, lang), StandardCharsets.UTF_8);
    return page;
  }

  private static void assertNoConsoleMessages(Chromium.Run run) {
    List<String> console = run.stderr().lines()
        .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy"))
        .toList();
    assertThat(console).as("console messages").isEmpty();
  }

  /** Every element and attribute in {@code dom} is one the template writes, and every link stays on the page. */
  private static void assertNoForeignElements(String dom) {
    Matcher tag = START_TAG.matcher(dom);
    int tags = 0;
    while (tag.find()) {
      tags++;
      String element = tag.group(1);
      assertThat(ELEMENTS).as("element <%s> made from input: ...%s...", element, around(dom, tag.start()))
          .contains(element);
      Matcher attr = ATTRIBUTE.matcher(tag.group(2));
      while (attr.find()) {
        String name = attr.group(1);
        assertThat(ATTRIBUTES).as("attribute %s made from input: ...%s...", name, around(dom, tag.start()))
            .contains(name);
        if (name.equals("href")) {
          assertThat(attr.group(2)).as("link target").startsWith("#item-");
        }
      }
    }
    assertThat(tags).as("start tags parsed").isGreaterThan(100);
    // The report's own: one style sheet, three charts, no script at all.
    assertThat(count(dom, "<style")).as("style elements").isEqualTo(1);
    assertThat(count(dom, "<svg")).as("svg elements").isEqualTo(3);
    assertThat(dom).doesNotContainIgnoringCase("<script");
  }

  /** {@code text} as Chromium serializes a text node (line breaks normalized as the HTML parser does). */
  private static String domText(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n')
        .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String around(String s, int at) {
    return s.substring(Math.max(0, at - 80), Math.min(s.length(), at + 120));
  }
}
