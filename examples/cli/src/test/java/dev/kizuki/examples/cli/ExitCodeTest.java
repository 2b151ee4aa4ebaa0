package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exit codes for automation: 0 assessed, 1 a gate failed, 2 usage or a bad checklist file, 3 unreadable data. */
class ExitCodeTest extends MiniDataTest {

  @Test
  void assess_everyGateGivenPasses_exits0() {
    Cli.Result r = assess("--fail-on", "contradicted,error,unknown,stale", "--fail-under", "40");

    assertThat(r.code()).as(r.err()).isEqualTo(Kizuki.OK);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assess_failOnFail_exits1NamingTheItems() {
    Cli.Result r = assess("--fail-on", "fail");

    assertThat(r.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(r.err()).isEqualTo("kizuki: --fail-on fail: 2 items (RDP, RESTORE)\n");
    assertThat(r.out()).contains("Score: 42.22 / 100\n");
  }

  @Test
  void assess_failOnContradicted_exits1WhenAnAnswerIsRefuted() {
    Cli.write(data, "answers.csv", """
        item_id,answer,evidence,answered_by,answered_on
        POLICY,yes,規程 第3条,CISO,2026-10-01
        RDP,yes,閉じています,CISO,2026-10-01
        """);

    Cli.Result r = assess("--fail-on", "contradicted");

    assertThat(r.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(r.err()).isEqualTo("kizuki: --fail-on contradicted: 1 item (RDP)\n");
  }

  @Test
  void assess_failOnError_exits1AndWinsOverDataProblems() {
    Cli.write(data, "systems.csv", "system_id,criticality,last_failover_test\nS1,high,not-a-date\n");

    Cli.Result gated = assess("--fail-on", "error");
    Cli.Result plain = assess();

    assertThat(gated.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(gated.err()).contains("--fail-on error: 1 item (FAILOVER)");
    assertThat(plain.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
  }

  @Test
  void assess_failOnUnknown_exits1WhenAFileIsMissing() throws IOException {
    Files.delete(data.resolve("backups.csv"));

    Cli.Result r = assess("--fail-on", "unknown");

    assertThat(r.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(r.err()).isEqualTo("kizuki: --fail-on unknown: 1 item (RESTORE)\n");
    // A missing file is missing evidence, not unreadable data.
    assertThat(assess().code()).isEqualTo(Kizuki.OK);
  }

  @Test
  void assess_failOnStale_exits1ForAnOldAnswer() {
    Cli.write(data, "answers.csv", """
        item_id,answer,evidence,answered_by,answered_on
        POLICY,yes,規程 第3条,CISO,2020-01-01
        """);

    Cli.Result r = assess("--fail-on", "stale");

    assertThat(r.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(r.err()).isEqualTo("kizuki: --fail-on stale: 1 item (POLICY)\n");
  }

  @Test
  void assess_failOnUnknownWord_exits2NamingTheWords() {
    Cli.Result r = assess("--fail-on", "fail,broken");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).startsWith("kizuki: Invalid value for --fail-on: expected fail, contradicted, error,"
        + " unknown or stale, comma-separated, was 'broken'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_failUnderWithDataProblems_exits1() {
    Cli.write(data, "systems.csv", "system_id,criticality,last_failover_test\nS1,high,not-a-date\n");

    assertThat(assess("--fail-under", "99").code()).isEqualTo(Kizuki.GATE_FAILED);
  }

  @Test
  void assess_invalidWaiverFile_exits2NamingTheWaiverFile() throws IOException {
    Path waivers = tmp.resolve("waivers.yaml");
    Files.writeString(waivers, "format: kizuki-waivers/1\nwaivers:\n  - item: RDP\n");

    Cli.Result r = assess("--waivers", waivers.toString());

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).startsWith("kizuki: the waiver file has ").contains("waivers.yaml");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void assess_invalidProfileFile_exits2NamingTheProfile() throws IOException {
    Path profile = tmp.resolve("profile.yaml");
    Files.writeString(profile, "format: kizuki-profile/1\nid: p\nselect: [NOPE]\n");

    Cli.Result r = assess("--profile", profile.toString(), "--lang", "ja");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).startsWith("kizuki: プロファイルに ").contains("profile.yaml");
  }

  @Test
  void diff_failOnRegression_exits1WhenAnItemRegressedAnd0WhenItImproved() {
    Path before = tmp.resolve("before.json");
    Path after = tmp.resolve("after.json");
    assertThat(assess("--report", "json:" + before).code()).isZero();
    Cli.write(data, "systems.csv", """
        system_id,criticality,last_failover_test,firmware_changed_on,standby_count
        S1,high,2019-06-01,,0
        S2,low,,,0
        """);
    assertThat(assess("--report", "json:" + after).code()).isZero();

    Cli.Result worse = Cli.run("diff", before.toString(), after.toString(), "--fail-on-regression", "--lang", "en");
    Cli.Result better = Cli.run("diff", after.toString(), before.toString(), "--fail-on-regression", "--lang", "en");
    Cli.Result ungated = Cli.run("diff", before.toString(), after.toString(), "--lang", "en");

    assertThat(worse.code()).isEqualTo(Kizuki.GATE_FAILED);
    assertThat(worse.err()).startsWith("kizuki: regressed: score change -").endsWith(", 1 item regressed.\n");
    assertThat(better.code()).as(better.err()).isEqualTo(Kizuki.OK);
    assertThat(ungated.code()).isEqualTo(Kizuki.OK);
  }

  @Test
  void diff_reportIsAFolder_exits2SayingSoInOwnWords() {
    Cli.Result r = Cli.run("diff", tmp.toString(), tmp.toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: the report " + tmp + " is a folder, not a file.\n");
  }

  @Test
  void assess_waiversIsAFolderInJapanese_exits2InJapanese() {
    Cli.Result r = assess("--waivers", tmp.toString(), "--lang", "ja");

    assertThat(r.code()).isEqualTo(Kizuki.INVALID);
    assertThat(r.err()).isEqualTo("kizuki: 免除ファイル " + tmp + " はフォルダです。ファイルを指定してください。\n");
  }

  @Test
  void assess_dataProblemInJapanese_warnsInJapaneseNamingACommandThatExists() {
    Cli.write(data, "systems.csv", "system_id,criticality,last_failover_test\nS1,high,not-a-date\n");

    Cli.Result r = assess("--lang", "ja");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.err()).isEqualTo("kizuki: データの問題が 1 件あります。レポートを見るか、kizuki validate " + data
        + " を実行してください。\n");
  }

  /** A problem in kizuki-inputs.yaml is a data problem: assessed without its declarations, exit 3. */
  @Test
  void assess_badInputsManifest_exits3AndListsItWithLineAndColumn() throws IOException {
    Cli.write(data, "services.csv", "host,port,allowed_sources\n");
    Cli.write(data, "kizuki-inputs.yaml", "format: kizuki-inputs/1\ndatasets:\n  services:\n    complete: true\n");

    Cli.Result r = assess("--lang", "en", "--report", "text");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("  kizuki-inputs.yaml:3:3: datasets.services: missing required key \"declared_by\"\n",
        "  kizuki-inputs.yaml:3:3: datasets.services: missing required key \"declared_on\"\n",
        "  services: empty, a header only");
  }

  @Test
  void assess_headerOnlyDatasetDeclaredComplete_exits0AndShowsTheDeclaration() throws IOException {
    Cli.write(data, "services.csv", "host,port,allowed_sources\n");
    Cli.write(data, "kizuki-inputs.yaml", """
        format: kizuki-inputs/1
        datasets:
          services:
            complete: true
            declared_by: 情報システム部 山田
            declared_on: 令和8年11月30日
        """);

    Cli.Result r = assess("--lang", "en", "--report", "text");

    assertThat(r.code()).as(r.err()).isEqualTo(Kizuki.OK);
    assertThat(r.out()).contains("Declarations that a dataset is complete\n  services: declared complete by"
        + " 情報システム部 山田 on 2026-11-30 — kizuki-inputs.yaml:3\n");
  }
}
