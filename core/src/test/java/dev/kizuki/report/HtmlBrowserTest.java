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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
      "header", "section", "article", "details", "summary", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "code", "a", "ul",
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

  /**
   * Measures the page at {@code width} CSS pixels. Headless Chromium keeps windows at least 500 pixels
   * wide, so the report (unchanged, CSP and all) is shown in an iframe of that width, as a phone's viewport
   * would be; a script in the harness page writes the report's scroll width and, per name cell (category
   * and item names), how many lines its text takes, as JSON into the harness DOM.
   */
  private JsonNode measure(String html, int width) throws IOException {
    String report = JsonMapper.builder().build().writeValueAsString(html).replace("</", "<\\/");
    String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        + "<iframe id=\"f\" width=\"" + width + "\" height=\"900\" style=\"border:0\"></iframe><script>"
        + "function lines(el){var r=el.ownerDocument.createRange();r.selectNodeContents(el);var t={};"
        + "var rs=r.getClientRects();for(var i=0;i<rs.length;i++){t[Math.round(rs[i].top)]=1;}return Object.keys(t).length;}"
        + "var f=document.getElementById('f');f.onload=function(){var d=f.contentDocument;var names=[];"
        + "d.querySelectorAll('td.name').forEach(function(td){names.push({text:td.textContent,lines:lines(td)});});"
        + "var pre=document.createElement('pre');pre.id='kizuki-measure';pre.textContent=JSON.stringify({"
        + "scrollWidth:d.documentElement.scrollWidth,innerWidth:f.contentWindow.innerWidth,names:names});"
        + "document.body.appendChild(pre);};f.srcdoc=" + report + ";</script></body></html>";
    Path page = dir.resolve("measure-" + width + ".html");
    Files.writeString(page, harness, StandardCharsets.UTF_8);
    Chromium.Run run = Chromium.dumpDom(page, 1024);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    Matcher m = Pattern.compile("<pre id=\"kizuki-measure\">([^<]*)</pre>").matcher(run.stdout());
    assertThat(m.find()).as("measurement written by the harness: %s", run.stderr()).isTrue();
    return JsonMapper.builder().build().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&")
        .replace("&lt;", "<").replace("&gt;", ">"));
  }

  @Test
  void miniReport_onAPhone_hasNoHorizontalScrollAndNamesKeepTheirWords() throws IOException {
    for (Lang lang : Lang.values()) {
      // given
      String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), lang);
      // when
      JsonNode m = measure(html, 390);
      // then
      assertThat(m.get("innerWidth").asInt()).as("window width").isEqualTo(390);
      assertThat(m.get("scrollWidth").asInt()).as("%s page width at 390 px", lang).isLessThanOrEqualTo(390);
      assertThat(m.get("names").size()).as("name cells").isGreaterThan(4);
      for (JsonNode n : m.get("names")) {
        // One character per line is what a squeezed column does; a name of a few words keeps to two lines.
        assertThat(n.get("lines").asInt()).as("lines of %s", n.get("text").asString()).isLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void miniReport_withoutThePhoneRules_scrollsSideways() throws IOException {
    // The check can fail: take the small-screen rules away and the page is wider than the phone.
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.JA);
    String desktopOnly = html.replaceFirst("(?s)@media \\(max-width: 720px\\) \\{.*?\n\\}\n", "");
    assertThat(desktopOnly).isNotEqualTo(html);
    assertThat(measure(desktopOnly, 390).get("scrollWidth").asInt()).isGreaterThan(390);
  }

  @Test
  void miniReport_printed_putsEachSectionOnItsOwnA4Page() throws IOException {
    // The sample operator's page count (at most 20 A4 pages) is checked where its checklist is at hand:
    // examples/embed SampleOperatorPrintTest. Here: A4 and a page break before each of the four sections.
    String html = ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), Lang.JA);
    assertThat(html).contains("@page { size: A4;");
    assertThat(pdfPages(html, "mini.html")).isEqualTo(5);
    assertThat(pdfPages(html.replace("section.sheet { break-before: page; }", ""), "mini-flow.html")).isLessThan(5);
  }

  /** The number of pages Chromium prints {@code html} on (the page's own {@code @page} size). */
  private int pdfPages(String html, String name) throws IOException {
    Path page = dir.resolve(name);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path pdf = dir.resolve(name + ".pdf");
    Chromium.Run run = Chromium.printToPdf(page, pdf);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    Matcher m = Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(
        new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
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
