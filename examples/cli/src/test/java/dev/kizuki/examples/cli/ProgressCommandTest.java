package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.diff.ReportDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress over time on the sample operator: assess it, apply a scripted set of fixes to a copy of its CSVs
 * (close the SCADA vendor's SSH to the internet, run a restore test of every backup), assess again and diff
 * the two JSON reports, with {@code kizuki diff} and through the library. Also {@code assess --profile} and
 * {@code --waivers}.
 */
class ProgressCommandTest {
  private static final Path SAMPLE = Path.of("..", "data", "sample-operator");

  @TempDir static Path dir;
  private static Path before;
  private static Path after;

  @BeforeAll
  static void assessBeforeAndAfterFixes() throws IOException {
    Path fixed = dir.resolve("fixed");
    copy(SAMPLE, fixed);
    // Fix 1: the vendor's remote-maintenance SSH (FW-IN-006) is no longer published by the firewall, and the
    // external scan confirms it is unreachable (published_by_firewall, reachable_from_internet).
    edit(fixed.resolve("exposed_services.csv"), line -> line.startsWith("FW-IN-006,")
        ? line.replace(",ssh,yes,yes,", ",ssh,no,no,") : line);
    // Fix 2: a successful restore test of every backup on 2026-11-20.
    edit(fixed.resolve("backups.csv"), line -> {
      if (line.startsWith("backup_id")) {
        return line;
      }
      String[] cells = line.split(",", -1);
      cells[6] = "2026-11-20";
      cells[7] = "success";
      return String.join(",", cells);
    });
    before = dir.resolve("before.json");
    after = dir.resolve("after.json");
    assertThat(Cli.run("assess", SAMPLE.toString(), "--as-of", Cli.AS_OF, "--format", "json", "--out",
        before.toString()).code()).isZero();
    assertThat(Cli.run("assess", fixed.toString(), "--as-of", Cli.AS_OF, "--format", "json", "--out",
        after.toString()).code()).isZero();
  }

  @Test
  void diff_afterScriptedFixes_showsTheFixedItemsImprovedAndTheScoreUp() throws IOException {
    ReportDiff d = ReportDiff.read(before, after);
    assertThat(d.items(ReportDiff.Direction.IMPROVED)).extracting(ReportDiff.ItemChange::id)
        .contains("NISC-ACC-02", "NISC-BAK-03");
    assertThat(d.items(ReportDiff.Direction.REGRESSED)).isEmpty();
    assertThat(d.scoreChange()).isGreaterThan(2.0);
    assertThat(d.categories()).filteredOn(c -> c.id().equals("exposure")).singleElement()
        .satisfies(c -> assertThat(c.change().getAsDouble()).isPositive());
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void diffCommand_writesTextJsonAndMarkdown() {
    Cli.Result text = Cli.run("diff", before.toString(), after.toString(), "--lang", "en");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("Score: 41.26 → ", "Improved (", "NISC-ACC-02  Fail → Pass");
    Cli.Result json = Cli.run("diff", before.toString(), after.toString(), "--format", "json");
    assertThat(json.out()).contains("\"format\": \"kizuki-diff/1\"", "\"id\": \"NISC-BAK-03\"");
    Cli.Result md = Cli.run("diff", before.toString(), after.toString(), "--format", "md", "--lang", "ja");
    assertThat(md.out()).startsWith("# 進捗: nisc\\-2020").contains("## 改善した項目");
  }

  @Test
  void diffCommand_invalidReport_exitsWith2() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"kizuki-report/1\"}");
    Cli.Result r = Cli.run("diff", bad.toString(), after.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the report has", "bad.json: checklist.id: not a kizuki-report/1 report");
    assertThat(Cli.run("diff", dir.resolve("missing.json").toString(), after.toString()).code()).isEqualTo(2);
  }

  @Test
  void assess_withBundledProfileAndWaivers_showsBothScoresAndTheProfile() throws IOException {
    Path waivers = dir.resolve("waivers.yaml");
    Files.writeString(waivers, String.join("\n",
        "format: kizuki-waivers/1",
        "waivers:",
        "  - item: NISC-ACC-02",
        "    justification: {ja: 保守回線の切替中, en: maintenance line being replaced}",
        "    approver: CISO",
        "    expires: 2026-12-31",
        "  - item: NISC-WEB-05",
        "    justification: expired one",
        "    approver: CISO",
        "    expires: 2026-11-29",
        ""));
    Cli.Result r = Cli.run("assess", SAMPLE.toString(), "--as-of", Cli.AS_OF, "--lang", "en", "--profile", "strict",
        "--waivers", waivers.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Profile: strict (strict)", "Score with waivers: ",
        "NISC-ACC-02  Waived (actual: Fail)", "NISC-WEB-05  Expired (not applied)",
        "set parameter NISC-BAK-03 max_age_days: 365 → 180");
    Cli.Result json = Cli.run("assess", SAMPLE.toString(), "--as-of", Cli.AS_OF, "--format", "json", "--profile",
        "small-operator", "--waivers", waivers.toString());
    assertThat(json.out()).contains("\"profile\": {", "\"not_selected\": [", "\"status\": \"waived\"");
    assertThat(json.err()).isEmpty();
  }

  @Test
  void assess_unknownProfile_exitsWith2() {
    Cli.Result r = Cli.run("assess", SAMPLE.toString(), "--as-of", Cli.AS_OF, "--lang", "en", "--profile", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no profile 'nope'", "small-operator, strict");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Files.write(file, lines.stream().map(change).toList(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
