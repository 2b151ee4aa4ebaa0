package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed (and awkward but valid) CSV corpus: each folder holds data files for the mini checklist and
 * the exact problems expected in both languages, with the status of every dataset. Nothing may read as
 * replacement characters, and nothing may pass silently.
 */
class CsvCorpusTest {

  static Stream<Path> corpus() {
    return GoldenFiles.cases("malformed/csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void assess_corpusCase_reportsExpectedProblems(Path caseDir) throws IOException {
    AssessmentOptions options = Fixtures.options();
    Path props = caseDir.resolve("options.properties");
    if (Files.exists(props)) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(props)) {
        p.load(r);
      }
      options = options.withEncoding(Charset.forName(p.getProperty("encoding")));
    }

    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(caseDir), options);

    for (Lang lang : Lang.values()) {
      StringBuilder out = new StringBuilder();
      for (DatasetReport d : a.datasets()) {
        if (d.status() != DatasetReport.Status.MISSING) {
          out.append(d.dataset()).append(": ").append(d.status().id()).append(", ").append(d.rows()).append(" rows")
              .append(d.encodings().isEmpty() ? "" : ", " + String.join("/", d.encodings())).append('\n');
        }
      }
      a.dataIssues().forEach(i -> out.append(i.format(lang)).append('\n'));
      GoldenFiles.assertMatches(caseDir, "expected." + lang.tag() + ".txt", out.toString());
      assertThat(out.toString()).doesNotContain("\uFFFD");
    }
  }
}
