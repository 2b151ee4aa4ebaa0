package dev.kizuki.diff;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kizuki.AssessmentOptions;
import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.TailoringLoader;
import dev.kizuki.report.ReportFormat;
import dev.kizuki.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress between two JSON reports, reading them in bounded memory, and the three diff formats. */
class ReportDiffTest {
  @TempDir Path dir;

  private static final Checklist MINI = mini();
  private static final ReportWriter JSON = ReportFormat.JSON.writer();

  private static String report(String lastTest, String rdpSources, LocalDate asOf, String waivers) {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            Map.of("system_id", "a", "criticality", "high", "last_failover_test", "2026-06-01"),
            Map.of("system_id", "b", "criticality", "high", "last_failover_test", lastTest)))
        .rows("services", List.of(Map.of("host", "gw", "port", "3389", "allowed_sources", rdpSources)))
        .build();
    CompiledChecklist.Builder compiled = CompiledChecklist.builder(MINI);
    if (!waivers.isEmpty()) {
      compiled.waivers(TailoringLoader.create().parseWaivers("w.yaml", waivers));
    }
    StringWriter json = new StringWriter();
    try {
      JSON.write(compiled.build().assess(inputs, AssessmentOptions.asOf(asOf)), Lang.EN, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.toString();
  }

  @Test
  void diff_fixedItems_areImprovedAndTheScoreRises() {
    String waivers = "format: kizuki-waivers/1\nwaivers:\n  - item: RDP\n    justification: j\n    approver: CISO\n"
        + "    expires: 2026-12-15\n";
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), waivers);
    String after = report("2026-11-01", "any", LocalDate.of(2026, 12, 31), waivers);

    ReportDiff d = ReportDiff.of("old.json", before, "new.json", after);

    assertThat(d.scoreChange()).isPositive();
    assertThat(d.items(ReportDiff.Direction.IMPROVED)).extracting(ReportDiff.ItemChange::id).containsExactly("FAILOVER");
    ReportDiff.ItemChange failover = d.items(ReportDiff.Direction.IMPROVED).get(0);
    assertThat(failover.before()).contains(Outcome.FAIL);
    assertThat(failover.after()).contains(Outcome.PASS);
    assertThat(d.items(ReportDiff.Direction.REGRESSED)).isEmpty();
    assertThat(d.expiredWaivers()).extracting(ReportDiff.ExpiredWaiver::item).containsExactly("RDP");
    assertThat(d.categories()).filteredOn(c -> c.id().equals("resilience")).singleElement()
        .satisfies(c -> assertThat(c.change().getAsDouble()).isPositive());
    assertThat(d.scoreChange()).isCloseTo(d.after().score() - d.before().score(), within(1e-9));
  }

  @Test
  void writers_showTheChangeInEveryFormat() {
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    String after = report("2026-11-01", "10.0.0.0/8", LocalDate.of(2026, 11, 30), "");
    ReportDiff d = ReportDiff.of("old.json", before, "new.json", after);
    DiffWriter w = new DiffWriter();

    assertThat(w.toString(d, DiffWriter.Format.TEXT, Lang.EN)).contains("Improved (2)", "FAILOVER  Fail → Pass");
    assertThat(w.toString(d, DiffWriter.Format.MD, Lang.JA)).contains("## 改善した項目 (2)", "| FAILOVER |");
    assertThat(w.toString(d, DiffWriter.Format.JSON, Lang.EN)).startsWith("{\n  \"format\": \"kizuki-diff/1\",")
        .contains("\"direction\": \"improved\"");
  }

  @Test
  void diff_ofSomethingElse_namesTheFileAndField() {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    assertThatThrownBy(() -> ReportDiff.of("old.json", "{\"format\": \"other/1\"}", "new.json", good))
        .isInstanceOf(ReportException.class).hasMessage("old.json:1:12: format: not a kizuki-report/1 report:"
            + " expected kizuki-report/1, found \"other/1\"");
    assertThatThrownBy(() -> ReportDiff.of("old.json", good, "new.json", "not json"))
        .isInstanceOf(ReportException.class)
        .hasMessage("new.json:1:1: not valid JSON: expected a JSON value, a comma or a bracket here");
    String badStatus = good.replaceFirst("\"status\": \"[a-z_]+\"", "\"status\": \"great\"");
    int line = (int) badStatus.substring(0, badStatus.indexOf("\"great\"")).lines().count();
    assertThatThrownBy(() -> ReportDiff.of("old.json", badStatus, "new.json", good))
        .isInstanceOf(ReportException.class).hasMessageContaining("old.json:" + line + ":")
        .hasMessageContaining(": items[0].status: not a kizuki-report/1 report: expected a status such as pass or"
            + " fail, found \"great\"");
  }

  @Test
  void of_wrongKindOfField_isReportedOnceAtItsPlaceWithWhatWasFound() {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    String bad = good.replaceFirst("\"score\": [0-9.]+,", "\"score\": \"high\",");
    int line = (int) bad.substring(0, bad.indexOf("\"high\"")).lines().count();

    ReportException e = org.assertj.core.api.Assertions.catchThrowableOfType(ReportException.class,
        () -> ReportDiff.of("old.json", bad, "new.json", good));

    assertThat(e.issues()).extracting(i -> i.format(Lang.EN)).containsExactly("old.json:" + line + ":12: score: not"
        + " a kizuki-report/1 report: expected a number from 0 to 100, found \"high\"");
    assertThat(e.issues().get(0).format(Lang.JA)).endsWith("score: kizuki-report/1 のレポートではありません: 0 から 100"
        + " の数 が必要ですが、\"high\" です");
  }

  @Test
  void read_reportCutRightAfterAComma_isCutShortNotInvalid() throws IOException {
    // Jackson reports this end with a different exception type than an end inside a value.
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    int comma = good.indexOf(",\n", good.length() / 2);
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, good.substring(0, comma + 2), StandardCharsets.UTF_8);
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, good, StandardCharsets.UTF_8);

    ReportException e = catchReport(() -> ReportDiff.read(cut, whole));

    assertThat(e.issues()).singleElement().satisfies(i -> assertThat(i.format(Lang.EN)).endsWith(
        ": the report ends before the JSON document is complete (is the file cut short?)"));
  }

  @Test
  void read_truncatedReport_saysWhereItEndsInBothLanguages() throws IOException {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, good.substring(0, good.length() / 2), StandardCharsets.UTF_8);
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, good, StandardCharsets.UTF_8);

    ReportException e = catchReport(() -> ReportDiff.read(cut, whole));

    assertThat(e.issues()).singleElement().satisfies(i -> {
      assertThat(i.source()).isEqualTo("cut.json");
      // The document ends on the line after the last line break it has (a cut just after one ends on the next).
      assertThat(i.line()).isEqualTo(good.substring(0, good.length() / 2).chars().filter(ch -> ch == '\n').count() + 1);
      assertThat(i.column()).isPositive();
      assertThat(i.format(Lang.EN)).endsWith(": the report ends before the JSON document is complete (is the file"
          + " cut short?)");
      assertThat(i.format(Lang.JA)).contains("レポートが途中で終わっています");
      assertThat(i.format(Lang.EN)).doesNotContainIgnoringCase("exception").doesNotContain("Unexpected", "jackson");
    });
  }

  @Test
  void of_reportCutAnywhere_givesOneIssueWithItsPlace() {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    for (int end = 0; end < good.length() - 2; end += 37) {
      String cut = good.substring(0, end);
      ReportException e = org.assertj.core.api.Assertions.catchThrowableOfType(ReportException.class,
          () -> ReportDiff.of("cut.json", cut, "new.json", good));
      assertThat(e).as("cut at %d", end).isNotNull();
      assertThat(e.issues()).as("cut at %d", end).singleElement()
          .satisfies(i -> assertThat(i.line()).isPositive(), i -> assertThat(i.column()).isPositive());
    }
  }

  @Test
  void read_malformedReport_givesLineAndColumnWithoutParserWording() throws IOException {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"format\": \"kizuki-report/1\",\n  \"score\": 12,,\n}\n");
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, good);

    ReportException e = catchReport(() -> ReportDiff.read(bad, whole));

    assertThat(e.issues()).extracting(i -> i.format(Lang.EN))
        .containsExactly("bad.json:3:15: not valid JSON: expected a JSON value, a comma or a bracket here");
    assertThat(e.issues().get(0).format(Lang.JA)).isEqualTo("bad.json:3:15: JSON として読めません: この位置の書式が正しくありません");
  }

  @Test
  void read_reportOverTheLimit_isRefusedWithoutReadingIt() throws IOException {
    // A sparse 200 MB file: nothing is written, so reading it would take seconds of zeros; the size decides.
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L << 20);
    }
    Path whole = dir.resolve("whole.json");
    Files.writeString(whole, report("2020-01-01", "any", LocalDate.of(2026, 11, 30), ""));

    ReportException e = catchReport(() -> ReportDiff.read(huge, whole));

    assertThat(e.issues()).extracting(i -> i.format(Lang.EN)).containsExactly("huge.json: the report is too large"
        + " to read: expected at most " + ReportDiff.MAX_REPORT_BYTES + " bytes, found " + (200L << 20));
  }

  @Test
  void read_hugeStringInAReport_isRefusedAtItsPlace() {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    String bloated = good.replaceFirst("\"version\": \"", "\"version\": \"" + "x".repeat(ReportReader.MAX_STRING + 1));

    assertThatThrownBy(() -> ReportDiff.of("old.json", bloated, "new.json", good))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("old.json:")
        .hasMessageContaining("not a kizuki-report/1 report: expected strings of at most " + ReportReader.MAX_STRING);
  }

  @Test
  void read_reportFiles_giveTheSameDiffAsTheirText() throws IOException {
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    String after = report("2026-11-01", "10.0.0.0/8", LocalDate.of(2026, 11, 30), "");
    Path b = dir.resolve("old.json");
    Path a = dir.resolve("new.json");
    Files.writeString(b, before);
    Files.writeString(a, after);

    assertThat(ReportDiff.read(b, a)).isEqualTo(ReportDiff.of("old.json", before, "new.json", after));
  }

  private static Checklist mini() {
    try (InputStream in = ReportDiffTest.class.getResourceAsStream("/checklists/mini.yaml")) {
      return ChecklistLoader.create().load("mini.yaml", requireNonNull(in, "mini.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Read {
    ReportDiff run() throws IOException;
  }

  private static ReportException catchReport(Read read) throws IOException {
    try {
      read.run();
    } catch (ReportException e) {
      return e;
    }
    throw new AssertionError("expected a ReportException");
  }


  @Test
  void diff_reportWithoutScoreWithWaivers_usesItsScore() {
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "")
        .replaceFirst("\\s*\"score_with_waivers\": [0-9.]+,", "");
    ReportDiff d = ReportDiff.of("old.json", before, "new.json", before);
    assertThat(d.before().scoreWithWaivers()).isEqualTo(d.before().score());
    assertThat(d.items()).isEmpty();
  }
}
