package dev.kizuki.examples.cli;

import static dev.kizuki.examples.cli.Cli.miniChecklist;
import static dev.kizuki.examples.cli.Cli.miniData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void validate_cleanData_exits0() {
    Path data = miniData(tmp);

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  ok          systems.csv   2 rows (UTF-8)\n", "No problems found.\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validate_missingFile_isReportedButNotAnError() throws Exception {
    Path data = miniData(tmp);
    Files.delete(data.resolve("backups.csv"));

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  missing     backups.csv   no file (not an error",
        "No problems found. (1 dataset without a file)");
  }

  @Test
  void validate_badCells_exits3ListingEveryProblemWithFileLineColumn() {
    Path data = miniData(tmp);
    Cli.write(data, "systems.csv", """
        system_id,criticality,last_failover_test
        S1,medium,2026-01-01
        ,high,yesterday
        """);
    Cli.write(data, "notes.csv", "a\n");

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out())
        .contains("  invalid     systems.csv   2 rows (UTF-8), some cells are invalid\n")
        .contains("systems.csv:2:2: criticality: ")
        .contains("systems.csv:3:1: system_id: ")
        .contains("systems.csv:3:3: last_failover_test: ")
        .contains("notes.csv: not read: the file name matches no dataset")
        .contains("4 problems.\n");
    assertThat(r.err()).isEqualTo("kizuki: the data has problems (4).\n");
  }

  @Test
  void validate_japanese_listsIssuesInJapanese() {
    Path data = miniData(tmp);
    Cli.write(data, "services.csv", "host,port\nweb,八十\n");

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "ja");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("services.csv:2:2: port: ", "問題が 1 件あります。", "  不正な値    services.csv")
        .doesNotContain(" ok ", "invalid", "missing");
  }

  /** Issue 13: a header-only file validated as "no problems", and its "must not exist" rule passed. */
  @Test
  void validate_headerOnlyFile_isListedAsEmptyAndIsAProblem() {
    Path data = miniData(tmp);
    Cli.write(data, "services.csv", "host,port,allowed_sources\n");

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("  empty       services.csv  a header and no rows: if nothing exists, declare the"
        + " dataset complete in kizuki-inputs.yaml (until then, no item passes or is not applicable for want of"
        + " rows)\n", "1 problem.\n").doesNotContain("No problems found.");
  }

  @Test
  void validate_headerOnlyFileDeclaredComplete_exits0NamingTheDeclarer() {
    Path data = miniData(tmp);
    Cli.write(data, "services.csv", "host,port,allowed_sources\n");
    Cli.write(data, "kizuki-inputs.yaml", """
        format: kizuki-inputs/1
        datasets:
          services: {complete: true, declared_by: 山田, declared_on: 2026-11-30}
        """);

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "ja");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  行なし      services.csv  行なし。山田 が 2026-11-30 にすべての行であると宣言しています\n",
        "問題はありません。");
  }

  @Test
  void validate_badInputsManifest_exits3WithFileLineColumn() {
    Path data = miniData(tmp);
    Cli.write(data, "kizuki-inputs.yaml", "format: kizuki-inputs/1\ndatasets:\n  services:\n    complete: yes\n");

    Cli.Result r = Cli.run("validate", data.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("kizuki-inputs.yaml:4:5: datasets.services.complete: expected true or false,"
        + " found string \"yes\"\n", "1 problem.\n");
  }

  @Test
  void validate_missingDir_exits2() {
    Cli.Result r = Cli.run("validate", tmp.resolve("nope").toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kizuki: no such folder: " + tmp.resolve("nope") + "\n");
  }
}
