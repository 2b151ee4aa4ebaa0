package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Fuzzes every report writer with an assessment whose every shown text is a fuzzed string (see {@link
 * ReportSamples#payloads}). No writer may throw; the HTML report may hold no markup or link from the data; every
 * CSV cell parses back and none starts a formula.
 */
class ReportWritersFuzzTest {
  private static final Pattern LINK = Pattern.compile("<[a-zA-Z][^<>]*\\shref=\"([^\"]*)\"");

  @FuzzTest(maxDuration = "10m")
  void write_anyCellValues_rendersSafely(FuzzedDataProvider data) throws IOException {
    List<String> payloads = new ArrayList<>();
    int n = data.consumeInt(1, 4);
    for (int i = 0; i < n; i++) {
      payloads.add(data.consumeString(200));
    }
    Assessment a = ReportSamples.payloads(payloads);

    for (Lang lang : Lang.values()) {
      for (ReportFormat format : ReportFormat.values()) {
        String out = ReportSamples.render(format.writer(), a, lang);
        assertThat(out).as(format.id()).isNotEmpty();
        switch (format) {
          case HTML -> {
            assertThat(out).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe");
            // Data cannot open a tag ('<' is always escaped), so every link is the template's own, in-page.
            Matcher links = LINK.matcher(out);
            while (links.find()) {
              assertThat(links.group(1)).as("link %s", links.group()).startsWith("#");
            }
          }
          case CSV -> checkCsv(out);
          default -> { }
        }
      }
    }
  }

  /** Parses the report (after its BOM) and checks no cell starts a formula. */
  private static void checkCsv(String csv) throws IOException {
    assertThat(csv).startsWith("\uFEFF");
    CSVFormat format = CSVFormat.RFC4180.builder().get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), format)) {
      for (CSVRecord r : parser) {
        for (String cell : r.values()) {
          assertThat(cell.isEmpty() || "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(cell.charAt(0)) < 0)
              .as("cell %s", cell).isTrue();
        }
      }
    }
  }
}
