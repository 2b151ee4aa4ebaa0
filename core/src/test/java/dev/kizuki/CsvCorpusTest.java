package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
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
    Properties p = GoldenFiles.options(caseDir);
    AssessmentOptions options = Fixtures.options();
    Limits limits = GoldenFiles.limits(p);
    if (p.containsKey("encoding")) {
      options = options.withEncoding(Charset.forName(p.getProperty("encoding")));
    }
    // A case may bring its own checklist (a variant of the mini one); its item outcomes are then golden too.
    Path own = caseDir.resolve("checklist.yaml");
    CompiledChecklist checklist = CompiledChecklist.compile(Files.exists(own)
        ? ChecklistLoader.create().load(own)
        : Fixtures.mini(), limits);

    Assessment a = checklist.assess(Inputs.directory(caseDir), options);

    for (Lang lang : Lang.values()) {
      StringBuilder out = new StringBuilder();
      for (DatasetReport d : a.datasets()) {
        if (d.status() != DatasetReport.Status.MISSING) {
          out.append(d.dataset()).append(": ").append(d.status().id()).append(", ").append(d.rows()).append(" rows")
              .append(d.encodings().isEmpty() ? "" : ", " + String.join("/", d.encodings())).append('\n');
        }
      }
      a.dataIssues().forEach(i -> out.append(i.format(lang)).append('\n'));
      if (Files.exists(own)) {
        for (ItemResult r : a.items()) {
          out.append(r.item().id()).append(": ").append(r.outcome()).append(", ").append(r.reason().get(lang))
              .append('\n');
          for (RowRef row : r.evidence().rows()) {
            out.append("  ").append(row.source()).append(':').append(row.line()).append(' ').append(row.key())
                .append(": ").append(row.result()).append(", ").append(row.reason().get(lang)).append('\n');
          }
        }
      }
      GoldenFiles.assertMatches(caseDir, "expected." + lang.tag() + ".txt", out.toString());
      assertThat(out.toString()).doesNotContain("\uFFFD");
    }
  }
}
