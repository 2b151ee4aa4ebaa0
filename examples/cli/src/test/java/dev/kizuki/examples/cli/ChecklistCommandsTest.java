package dev.kizuki.examples.cli;

import static dev.kizuki.examples.cli.Cli.miniChecklist;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code checklist list}, {@code checklist show} and {@code explain}. */
class ChecklistCommandsTest {

  @Test
  void checklistList_mini_listsEveryItemWithHowItIsChecked() {
    Cli.Result r = Cli.run("checklist", "list", "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("""
        ID        CATEGORY    SEVERITY  WEIGHT  CHECKED BY  TITLE
        FAILOVER  resilience  high      3       both        Failover test
        RESTORE   resilience  medium    2       data        Restore test
        RDP       exposure    critical  4       both        RDP
        DRILL     resilience  low       1       data        Drill
        POLICY    exposure    medium    2       question    Policy
        """);
  }

  @Test
  void checklistList_bundled_exits0() {
    Cli.Result r = Cli.run("checklist", "list", "--lang", "ja");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ID ").contains("NISC-RES-01");
  }

  @Test
  void checklistShow_mini_showsCategoriesAndDatasets() {
    Cli.Result r = Cli.run("checklist", "show", "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Mini  (mini 1.0)\n")
        .contains("5 items, 1 cases, 1 lessons, 1 measures\n")
        .contains("  exposure  Exposure (weight 2, 2 items)\n")
        .contains("  systems.csv  Systems (5 columns, key system_id)\n")
        .contains("  answers.csv  ");
  }

  @Test
  void checklist_withoutSubcommand_exits2() {
    Cli.Result r = Cli.run("checklist");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("list", "show");
  }

  @Test
  void explain_item_showsTextsTracesParametersAndRule() {
    Cli.Result r = Cli.run("explain", "FAILOVER", "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("FAILOVER  Failover test\n")
        .contains("Category: Resilience (resilience)  Severity: high  Weight: 3  Checked by: both\n")
        .contains("Question\n  Do you test failover?\n")
        .contains("Why\n  Case 1\n")
        .contains("What to do\n  Test it\n")
        .contains("Lessons\n  L1  Lesson 1  [Case 1]\n")
        .contains("Measures\n  M1  Measure 1  [Case 1]\n")
        .contains("Mappings\n  nist-csf-2.0: RC.RP-01\n")
        .contains("Parameters\n  max_age_days (integer, default 365): Days\n")
        .contains("How it is checked\n  Of the rows of systems where criticality = high, every one must satisfy:")
        .contains("Without the data, by the answer in answers.csv.");
  }

  @Test
  void explain_questionOnlyItemInJapanese_saysAnswersDecide() {
    Cli.Result r = Cli.run("explain", "POLICY", "--checklist", miniChecklist(), "--lang", "ja");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("方針はありますか", "answers.csv の回答", "「該当なし」になり得ます");
  }

  @Test
  void explain_bundledItem_exits0() {
    Cli.Result r = Cli.run("explain", "NISC-RES-01", "--lang", "en");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("NISC-RES-01  ");
  }

  @Test
  void explain_unknownItem_exits2WithKnownIdsAndNoStackTrace() {
    Cli.Result r = Cli.run("explain", "failovr", "--checklist", miniChecklist(), "--lang", "en");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("kizuki: the checklist mini has no item 'failovr'."
        + " Known items: FAILOVER, RESTORE, RDP, DRILL, POLICY\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void explain_idInLowerCase_explainsTheItem() {
    Cli.Result r = Cli.run("explain", "nisc-acc-02", "--lang", "en");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("NISC-ACC-02  ");
  }

  @Test
  void checklistList_japanese_headersAndWordsInJapanese() {
    Cli.Result r = Cli.run("--lang", "ja", "checklist", "list", "--checklist", miniChecklist());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ID        カテゴリ    重大度  重み  判定          タイトル\n")
        .doesNotContain("CATEGORY", "SEVERITY", "question", "both", " high ", " low ");
  }
}
