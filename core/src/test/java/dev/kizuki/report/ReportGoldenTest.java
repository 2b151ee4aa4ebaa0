package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.GoldenFiles;
import dev.kizuki.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report format, in every language, for a fixed assessment: {@code mini}, the mini checklist over fixed
 * rows and answers with markup and formula payloads in cells, as of a fixed date; {@code tailored}, the same
 * tailored by a profile and with waivers (one applied, one on rows, one expired). One folder per assessment
 * under {@code golden/reports}; run with {@code -Dkizuki.golden.update=true} to rewrite them.
 */
class ReportGoldenTest {

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Path dir : GoldenFiles.cases("golden/reports")) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format == ReportFormat.TEXT) {
          continue; // the text summary belongs to the CLI work and has its own tests there
        }
        if (format == ReportFormat.JSON) {
          cases.add(Arguments.of(dir, format, Lang.EN, "report.json"));
          continue;
        }
        for (Lang lang : Lang.values()) {
          cases.add(Arguments.of(dir, format, lang, "report." + lang.tag() + "." + format.id()));
        }
      }
    }
    return cases;
  }

  static Assessment assessment(Path dir) {
    String name = dir.getFileName().toString();
    return switch (name) {
      case "mini" -> ReportSamples.mini();
      case "tailored" -> ReportSamples.tailored();
      default -> throw new IllegalArgumentException("no sample assessment for golden folder " + name);
    };
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void write_fixedAssessment_matchesGoldenFile(Path dir, ReportFormat format, Lang lang, String file) {
    // given
    Assessment a = assessment(dir);
    // when
    String first = ReportSamples.render(format.writer(), a, lang);
    String second = ReportSamples.render(format.writer(), assessment(dir), lang);
    // then
    assertThat(second).as("same assessment, same characters").isEqualTo(first);
    GoldenFiles.assertMatches(dir, file, first);
  }
}
