package dev.kizuki.examples.cli;

import static dev.kizuki.examples.cli.Cli.AS_OF;
import static dev.kizuki.examples.cli.Cli.miniChecklist;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessCommandTest extends MiniDataTest {

  @Test
  void assess_miniData_exits0WithTextSummary() {
    Cli.Result r = assess();

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Mini 1.0 (mini)\nAs of: 2026-11-30  Scoring model: Default (weighted by category)\n")
        .contains("Score: 42.22 / 100\n", "Category scores\n", "Failing items, ranked by gain\n",
            "  1. Fail         +44.44 pts  RDP  RDP\n", "services.csv:3 jump — ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assess_japanese_writesUtf8Japanese() {
    Cli.Result r = assess("--lang", "ja");

    assertThat(r.code()).isZero();
    // out() decodes the bytes as UTF-8, so this fails for any other encoding.
    assertThat(r.out()).contains("総合スコア: 42.22 / 100", "未達の項目");
  }

  @Test
  void assess_failUnderAboveScore_exits1WithMessage() {
    Cli.Result r = assess("--fail-under", "42.23");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("Score: 42.22 / 100");
    assertThat(r.err()).contains("score 42.22 is below --fail-under 42.23");
  }

  @Test
  void assess_failUnderEqualToShownScore_exits0() {
    assertThat(assess("--fail-under", "42.22").code()).isZero();
  }

  @Test
  void assess_failUnderOutOfRange_exits2() {
    Cli.Result r = assess("--fail-under", "101");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--fail-under must be a score from 0 to 100");
  }

  @Test
  void assess_scoringModel_isUsed() {
    Cli.Result r = assess("--scoring", "absolute");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Scoring model: Absolute (100 only when every item passes)", "Score: 0.00 / 100");
  }

  @Test
  void assess_unknownScoringModel_exits2NamingTheModels() {
    Cli.Result r = assess("--scoring", "best");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--scoring", "default, flat, flat-unweighted, absolute");
  }

  @Test
  void assess_badDate_exits2() {
    Cli.Result r = assess("--as-of", "30/11/2026");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: Invalid value for --as-of: expected a date such as 2026-04-01,");
  }

  @Test
  void assess_noSuchDayInJapanese_exits2WithJapaneseMessageOnly() {
    Cli.Result r = assess("--as-of", "2026-02-30", "--lang", "ja");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: --as-of の値が正しくありません: 日付（")
        .contains("「2026-02-30」", "使い方は 'kizuki assess --help' で表示します。")
        .doesNotContain("Invalid", "expected", "date", "exist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026/11/30", "2026年11月30日", "令和8年11月30日", "R8.11.30", "２０２６－１１－３０"})
  void assess_asOfInDataForms_isTheSameDay(String date) {
    Cli.Result r = assess("--as-of", date);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("As of: 2026-11-30 ");
  }

  @Test
  void assess_unknownFormat_exits2NamingTheFormats() {
    Cli.Result r = assess("--format", "pdf");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown report format 'pdf'", "text", "json");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_everyFormat_exits0WithOutput() {
    for (ReportFormat format : ReportFormat.values()) {
      Cli.Result r = assess("--format", format.id());

      assertThat(r.code()).as(format.id()).isZero();
      assertThat(r.out()).as(format.id()).isNotEmpty();
      assertThat(r.err()).as(format.id()).isEmpty();
    }
  }

  @Test
  void assess_jsonFormat_parsesAsVersionedReport() {
    Cli.Result r = assess("--format", "json");

    assertThat(r.code()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("format").asString()).isEqualTo("kizuki-report/1");
    assertThat(json.get("as_of").asString()).isEqualTo(AS_OF);
    assertThat(json.get("score").decimalValue()).isEqualByComparingTo("42.22");
  }

  @Test
  void assess_outFile_writesReportThereAndNothingToStdout() throws IOException {
    Path report = tmp.resolve("report.json");

    Cli.Result r = assess("--format", "json", "--out", report.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("{\n  \"format\": \"kizuki-report/1\"");
  }

  @Test
  void assess_outFileInMissingFolder_exits2WithoutStackTrace() {
    Cli.Result r = assess("--out", tmp.resolve("no/such/dir/report.txt").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: ").doesNotContain("\tat ");
  }

  @Test
  void assess_sameInputsTwice_isByteIdentical() {
    for (String format : new String[] {"text", "json"}) {
      Cli.Result first = assess("--format", format);
      Cli.Result second = assess("--format", format);

      assertThat(first.outBytes()).as(format).isEqualTo(second.outBytes());
      assertThat(first.out()).as(format).doesNotContain("\r");
    }
  }

  @Test
  void assess_missingDir_exits2() {
    Cli.Result r = Cli.run("assess", tmp.resolve("absent").toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kizuki: no such folder: " + tmp.resolve("absent") + "\n");
  }

  @Test
  void assess_fileInsteadOfDir_exits2() throws IOException {
    Path file = Files.writeString(tmp.resolve("x.csv"), "a\n");

    Cli.Result r = Cli.run("assess", file.toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a folder");
  }

  @Test
  void assess_malformedChecklist_exits2ListingIssuesWithoutStackTrace() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "format: kizuki-checklist/1\nid: Bad Id\nbogus: 1\n");

    Cli.Result r = Cli.run("assess", data.toString(), "--checklist", bad.toString(),
        "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: the checklist has ").contains("bad.yaml:")
        .doesNotContain("\tat ", "Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_malformedChecklistWithDebug_showsStackTrace() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), "format: kizuki-checklist/1\n");

    Cli.Result r = Cli.run("assess", data.toString(), "--checklist", bad.toString(),
        "--debug");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("ChecklistException", "\tat ");
  }

  @Test
  void assess_missingChecklistFile_exits2() {
    Cli.Result r = assess("--checklist", tmp.resolve("none.yaml").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no checklist '", "nisc-2020");
  }

  @Test
  void assess_invalidCell_exits3WithWarningAndReportListsIt() {
    Cli.write(data, "systems.csv", "system_id,criticality,last_failover_test\nS1,high,not-a-date\n");

    Cli.Result r = Cli.run("assess", data.toString(), "--checklist", miniChecklist(), "--as-of", AS_OF,
        "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("Data problems\n", "systems.csv:2:3: last_failover_test: ");
    assertThat(r.err()).isEqualTo("kizuki: 1 data problem; see the report or run 'kizuki validate " + data + "'.\n");
  }

  @Test
  void assess_escapeSequenceInCell_doesNotReachTheTerminal() {
    Cli.write(data, "services.csv", "host,port,allowed_sources\n\"evil\u001B]0;pwned\u0007\u202E\",3389,any\n");

    Cli.Result r = assess();

    assertThat(r.out()).contains("evil\uFFFD]0;pwned\uFFFD — ").doesNotContain("\u001B", "\u0007", "\u202E");
  }

  @Test
  void assess_bundledChecklistOnTemplates_exits0() {
    Path dir = tmp.resolve("blank");
    assertThat(Cli.run("template", dir.toString()).code()).isZero();

    Cli.Result r = Cli.run("assess", dir.toString(), "--as-of", AS_OF, "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(nisc-2020)\n", "Score: ");
  }
}
