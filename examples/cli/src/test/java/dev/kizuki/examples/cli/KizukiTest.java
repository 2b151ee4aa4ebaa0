package dev.kizuki.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KizukiTest {

  @Test
  void run_help_exits0AndListsEveryCommand() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: kizuki", "assess", "validate", "template", "checklist", "explain", "diff",
        "Exit codes: 0 done, 1 score below --fail-under, 2 invalid input or usage.");
  }

  @Test
  void run_version_exits0() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("kizuki ");
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
    assertThat(r.err()).contains("expected ja or en, was 'fr'");
  }

  @Test
  void run_subcommandHelp_exits0() {
    Cli.Result r = Cli.run("assess", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: kizuki assess", "--fail-under=SCORE", "--format=FORMAT", "--as-of");
  }
}
