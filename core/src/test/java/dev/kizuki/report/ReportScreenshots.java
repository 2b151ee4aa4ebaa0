package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates {@code docs/report-ja.png} and {@code docs/report-en.png}, the screenshots of the sample HTML
 * report the README shows. Not part of the normal build: run {@code docs/screenshots.sh}, which sets
 * {@code -Dkizuki.screenshots=true}. Renders the mini fixture until the sample operator data exists.
 */
class ReportScreenshots {
  @TempDir
  Path dir;

  @Test
  void writeScreenshots() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("kizuki.screenshots"), "run docs/screenshots.sh to regenerate");
    Assumptions.assumeTrue(Chromium.installed(), "needs " + Chromium.BINARY);
    // Surefire runs in core/; the screenshots live in the repository's docs/.
    Path docs = Path.of("..", "docs").toAbsolutePath().normalize();
    for (Lang lang : Lang.values()) {
      Path page = dir.resolve("report-" + lang.tag() + ".html");
      Files.writeString(page, ReportSamples.render(new HtmlReportWriter(), ReportSamples.mini(), lang),
          StandardCharsets.UTF_8);
      Path png = docs.resolve("report-" + lang.tag() + ".png");
      Chromium.Run run = Chromium.screenshot(page, png, 2000);
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(png).isNotEmptyFile();
    }
  }
}
