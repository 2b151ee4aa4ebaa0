package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KizukiTest {

  @Test
  void run_help_exits0AndListsEveryCommand() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: kizuki", "assess", "validate", "template", "checklist", "explain", "diff",
        "Exit codes:\n  0  assessed (every gate passed)\n  1  a gate failed: --fail-under, --fail-on,",
        "  3  assessed, but some data (or kizuki-inputs.yaml) could not be read");
  }

  @Test
  void run_version_printsVersionChecklistsAndJava() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("kizuki ").contains("\nchecklist nisc-2020 1.0.0\n",
        "\nJava " + System.getProperty("java.runtime.version") + " (");
  }

  @Test
  void run_japaneseHelp_isInJapanese() {
    Cli.Result r = Cli.run("--lang", "ja", "assess", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("使い方: kizuki assess ").contains("\nオプション:\n", "評価日", "終了コード:",
        "このヘルプを表示して終了します。").doesNotContain("Show this help", "Usage:", "Options", "The folder");
  }

  @Test
  void run_japaneseUsageErrors_areInJapanese() {
    Cli.Result unknown = Cli.run("assess", "--colour", "dir", "--lang", "ja");
    Cli.Result missing = Cli.run("--lang=ja", "validate");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("kizuki: 不明な引数です: --colour\n使い方は 'kizuki assess --help' で表示します。\n");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("kizuki: 必要な引数がありません: 'DIR'\n");
  }

  @Test
  void run_globalOptionsBeforeTheCommand_areAccepted() {
    Cli.Result r = Cli.run("--lang", "ja", "--quiet", "checklist", "show", "--checklist", Cli.miniChecklist());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("カテゴリ");
  }

  @Test
  void consoleCharset_windowsConsole_followsItsCodePage() {
    assertThat(Kizuki.consoleCharset("Windows 11", "MS932")).isEqualTo(java.nio.charset.Charset.forName("MS932"));
    assertThat(Kizuki.consoleCharset("Windows 11", null)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Kizuki.consoleCharset("Linux", "MS932")).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void run_noCommand_showsUsageOnStderrAndExits2() {
    Cli.Result r = Cli.run();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: kizuki");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void run_unknownCommand_exits2WithSuggestion() {
    Cli.Result r = Cli.run("asess", "dir");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: ").contains("assess").doesNotContain("\tat ");
  }

  @Test
  void run_unknownOption_exits2WithOneParagraphAndNoStackTrace() {
    Cli.Result r = Cli.run("assess", "--colour", "dir");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("kizuki: Unknown option: '--colour'")
        .contains("Run 'kizuki assess --help' for usage.")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void run_missingParameter_exits2() {
    Cli.Result r = Cli.run("validate");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'DIR'");
  }

  @Test
  void run_badLanguage_exits2() {
    Cli.Result r = Cli.run("checklist", "list", "--lang", "fr");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Invalid value for --lang: expected ja or en, was 'fr'");
  }

  @Test
  void run_subcommandHelp_exits0() {
    Cli.Result r = Cli.run("assess", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: kizuki assess", "--fail-under=SCORE", "--format=FORMAT", "--as-of");
  }
}
