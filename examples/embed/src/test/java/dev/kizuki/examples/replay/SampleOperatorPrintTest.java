package dev.kizuki.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import dev.kizuki.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample operator's HTML report printed on A4 by headless Chromium (issue 16: it printed on 91 US
 * Letter pages): at most 20 pages in either language, every item one line, even when a reader opened them
 * all. Skipped without {@code /usr/bin/chromium}, failed then when {@code CI} is set.
 */
class SampleOperatorPrintTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page\\b(?!s)");

  @TempDir Path dir;

  @BeforeAll
  static void chromiumInstalled() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail("CI is set but %s is missing: install Debian's chromium package", CHROMIUM);
      }
      Assumptions.abort(CHROMIUM + " is not installed; skipping the print test");
    }
  }

  private static String html(Lang lang) throws IOException {
    Assessment a = ReplayData.assess(ReplayData.DATA.resolve("sample-operator"));
    StringWriter out = new StringWriter();
    ReportFormat.HTML.writer().write(a, lang, out);
    // Every item opened, as a reader who clicked through them would print it.
    return out.toString().replace("<details class=\"item\"", "<details open class=\"item\"");
  }

  @Test
  void htmlReport_printedOnA4_takesAtMostTwentyPages() throws Exception {
    for (Lang lang : Lang.values()) {
      assertThat(pages(html(lang), "sample-" + lang.tag())).as("A4 pages in %s", lang).isBetween(3, 20);
    }
  }

  @Test
  void htmlReport_withoutItsPrintRules_takesMoreThanTwentyPages() throws Exception {
    // The check can fail: the same page without the print style sheet prints far longer.
    String html = html(Lang.JA);
    String withoutPrintRules = html.replaceFirst("(?s)@media print \\{.*?\\n\\}\\n", "");
    assertThat(withoutPrintRules).isNotEqualTo(html);
    assertThat(pages(withoutPrintRules, "sample-unstyled")).isGreaterThan(20);
  }

  private int pages(String html, String name) throws IOException, InterruptedException {
    Path page = dir.resolve(name + ".html");
    Path pdf = dir.resolve(name + ".pdf");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(dir, "chromium");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf.toAbsolutePath(), page.toAbsolutePath().toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not print %s within 60 s", page);
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve(name + ".log"))).isZero();
    Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
  }
}
