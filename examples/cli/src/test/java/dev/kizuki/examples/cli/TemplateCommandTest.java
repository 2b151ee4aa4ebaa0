package dev.kizuki.examples.cli;

import static dev.kizuki.examples.cli.Cli.miniChecklist;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path tmp;

  @Test
  void template_mini_writesHeaderOnlyCsvWithBomAndCrlf() throws IOException {
    Path dir = tmp.resolve("t");

    Cli.Result r = Cli.run("template", dir.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted())
        .containsExactly("GUIDE.md", "answers.csv", "backups.csv", "services.csv", "systems.csv");
    assertThat(Files.readAllBytes(dir.resolve("systems.csv"))).isEqualTo(
        "\uFEFFsystem_id,criticality,last_failover_test,firmware_changed_on,standby_count\r\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(dir.resolve("answers.csv")))
        .isEqualTo("\uFEFFitem_id,answer,evidence,answered_by,answered_on\r\n");
    assertThat(r.out()).contains("wrote " + dir.resolve("systems.csv"), "kizuki validate " + dir);
  }

  @Test
  void template_mini_guideDescribesEveryColumnInBothLanguages() throws IOException {
    Path dir = tmp.resolve("t");
    Cli.run("template", dir.toString(), "--checklist", miniChecklist());

    String guide = Files.readString(dir.resolve("GUIDE.md"));

    assertThat(guide).startsWith("# ミニ / Mini\n")
        .contains("## 使い方", "## How to use")
        .contains("## `systems.csv` — システム / Systems")
        .contains("| `criticality` | 選択 / one of | — | 不明 / unknown | `high` 高 / High (高)<br>`low` 低 / Low (低) |"
            + " `high` | 重要度 / Criticality |")
        .contains("| `system_id` | 文字列 / text | はい / yes | — |")
        .contains("| `last_failover_test` | 日付 / date | — | 不明 / unknown | yyyy-MM-dd")
        .contains("| `offline` | 真偽 / boolean |")
        .contains("使う項目 / Used by items: `FAILOVER`, `RESTORE`, `DRILL`")
        .contains("| `POLICY` | 方針はありますか | Is there a policy? |")
        .doesNotContain("\r");
  }

  /** Issue 13: untouched templates validated as "no problems"; every header-only file is now listed as empty. */
  @Test
  void template_thenValidate_listsEveryFileAsEmpty() {
    Path dir = tmp.resolve("t");
    assertThat(Cli.run("template", dir.toString(), "--checklist", miniChecklist()).code()).isZero();

    Cli.Result r = Cli.run("validate", dir.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("  empty       systems.csv   a header and no rows: if nothing exists, declare the"
            + " dataset complete in kizuki-inputs.yaml (until then, no item passes or is not applicable for want of"
            + " rows)\n", "  empty       backups.csv", "  empty       services.csv", "  empty       answers.csv",
            "4 problems.\n")
        .doesNotContain("No problems found.", "missing");
  }

  @Test
  void template_bundledChecklistThenValidate_listsEveryFileAsEmpty() {
    Path dir = tmp.resolve("t");
    assertThat(Cli.run("template", dir.toString()).code()).isZero();

    Cli.Result r = Cli.run("validate", dir.toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Kizuki.DATA_PROBLEMS);
    assertThat(r.out()).contains("nisc-2020", "  empty       exposed_services.csv").doesNotContain("No problems found.");
  }

  /** Issue 13: the guide says what a blank means per column, and that a header alone proves nothing. */
  @Test
  void template_bundledGuide_showsBlankMeaningsAndTheDeclarationOfCompleteness() throws IOException {
    Path dir = tmp.resolve("t");
    assertThat(Cli.run("template", dir.toString()).code()).isZero();

    String guide = Files.readString(dir.resolve("GUIDE.md"));

    assertThat(guide)
        .contains("| `last_restore_test` | 日付 / date | — | 未実施 / never happened |")
        .contains("| `allowed_sources` | 送信元 / network sources | — | 不明 / unknown | 203.0.113.5, 10.0.0.0/8,"
            + " 10.0.0.1-10.0.0.20, any, 全て, 制限なし, 指定なし, 指定無し |")
        .contains("declare the dataset complete (complete: true, with who declares it and when) in kizuki-inputs.yaml")
        .doesNotContain("we have none of these");
  }

  @Test
  void template_existingFiles_exits2AndWritesNothing() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("t"));
    Files.writeString(dir.resolve("systems.csv"), "mine\n");

    Cli.Result r = Cli.run("template", dir.toString(), "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("already holds systems.csv", "--force");
    assertThat(Files.readString(dir.resolve("systems.csv"))).isEqualTo("mine\n");
    assertThat(dir.resolve("backups.csv")).doesNotExist();
  }

  @Test
  void template_existingFilesWithForce_overwrites() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("t"));
    Files.writeString(dir.resolve("systems.csv"), "mine\n");

    Cli.Result r = Cli.run("template", dir.toString(), "--checklist", miniChecklist(), "--force");

    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("systems.csv"))).startsWith("\uFEFFsystem_id,");
  }
}
