package dev.kizuki;

import static dev.kizuki.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every outcome, and every fail-closed path, through the mini checklist (as of 2026-11-30). */
class OutcomeTest {
  private final CompiledChecklist mini = Fixtures.compiledMini();

  private static Map<String, String> system(String id, String criticality, String lastTest) {
    return row("system_id", id, "criticality", criticality, "last_failover_test", lastTest);
  }

  private Assessment assess(Inputs inputs) {
    return mini.assess(inputs, Fixtures.options());
  }

  private static Inputs.Builder systems(List<Map<String, String>> rows) {
    return Inputs.builder().rows("systems", rows);
  }

  private static List<Map<String, String>> answer(String item, String value, String on) {
    return List.of(row("item_id", item, "answer", value, "answered_on", on));
  }

  @Test
  void pass_everyApplicableRowMeetsTheRule() {
    ItemResult r = assess(systems(List.of(system("S1", "high", "2026-06-01"), system("S2", "low", "2000-01-01")))
        .build()).item("FAILOVER").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.basis()).isEqualTo(Basis.DATA);
    assertThat(r.evidence().applicable()).isEqualTo(1);
  }

  /** FAILOVER is high: half its rows failing once scored 0.5 as PARTIAL; a failing row now fails it. */
  @Test
  void highItem_failingRows_failWithoutPartialCredit() {
    ItemResult r = assess(systems(List.of(system("S1", "high", "2026-06-01"), system("S2", "high", "2020-01-01"),
        system("S3", "high", "2026-01-01"), system("S4", "high", "2019-01-01"))).build()).item("FAILOVER").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.score()).isZero();
    assertThat(r.reason().en()).isEqualTo("2 of 4 applicable rows fail the rule");
    assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("S2", "S4");
    assertThat(r.evidence().rows()).extracting(RowRef::line).containsExactly(3L, 5L);
  }

  /** RESTORE expects a ratio of 0.5: a share exactly at it passes (a >-for->= mutant survived PIT). */
  @Test
  void ratio_shareExactlyAtTheRequiredRatio_passes() {
    Inputs in = systems(List.of(system("S1", "high", "2026-06-01"), system("S2", "high", "2026-06-01")))
        .rows("backups", List.of(row("backup_id", "B1", "system_id", "S1", "restore_tested_on", "2026-10-01",
            "offline", "true")))
        .build();

    ItemResult r = assess(in).item("RESTORE").orElseThrow();

    assertThat(r.evidence().applicable()).isEqualTo(2);
    assertThat(r.evidence().passing()).isEqualTo(1);
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void ratio_shareJustBelowTheRequiredRatio_fails() {
    Inputs in = systems(List.of(system("S1", "high", "2026-06-01"), system("S2", "high", "2026-06-01"),
        system("S3", "high", "2026-06-01")))
        .rows("backups", List.of(row("backup_id", "B1", "system_id", "S1", "restore_tested_on", "2026-10-01",
            "offline", "true")))
        .build();

    assertThat(assess(in).item("RESTORE").orElseThrow().outcome()).isNotEqualTo(Outcome.PASS);
  }

  @Test
  void fail_noApplicableRowMeetsTheRule() {
    ItemResult r = assess(systems(List.of(system("S1", "high", "2020-01-01"))).build()).item("FAILOVER").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.score()).isZero();
  }

  @Test
  void fail_reTestNeededAfterFirmwareChange() {
    Map<String, String> s = row("system_id", "S1", "criticality", "high", "last_failover_test", "2026-03-01",
        "firmware_changed_on", "2026-04-01");

    ItemResult r = assess(systems(List.of(s)).build()).item("FAILOVER").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evidence().rows().get(0).reason().en()).isEqualTo(
        "none holds: firmware_changed_on is filled in; last_failover_test = 2026-03-01, firmware_changed_on = "
            + "2026-04-01 (needed: last_failover_test ≥ firmware_changed_on)");
  }

  /** Missing data is never a pass: no file for the dataset means UNKNOWN, with the reason. */
  @Test
  void unknown_datasetNotGiven() {
    Assessment a = assess(Inputs.builder().build());

    ItemResult r = a.item("RDP").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.basis()).isEqualTo(Basis.NONE);
    assertThat(r.evidence().provided()).isFalse();
    assertThat(r.reason().en()).isEqualTo("no data was given for dataset services (services.csv); no answer was given");
    assertThat(a.items()).noneMatch(i -> i.outcome() == Outcome.PASS);
    assertThat(a.score()).isZero();
    assertThat(a.coverage().none()).isEqualTo(1.0);
  }

  @Test
  void unknown_everyApplicableRowHasBlankCells() {
    ItemResult r = assess(systems(List.of(system("S1", "high", ""))).build()).item("FAILOVER").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.evidence().unknown()).isEqualTo(1);
  }

  @Test
  void unknown_blankWhereCellIsNeverCountedAsPassing() {
    // DRILL needs two systems with a standby; S2's standby count is blank, so only one is known.
    ItemResult r = assess(systems(List.of(row("system_id", "S1", "standby_count", "1"), row("system_id", "S2")))
        .build()).item("DRILL").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(0.5);
    assertThat(r.evidence().unknown()).isEqualTo(1);
  }

  @Test
  void unknown_noneExpectationWithUndecidableRows() {
    ItemResult r = assess(Inputs.builder().rows("services", List.of(row("host", "h", "port", "3389",
        "allowed_sources", "10.0.0.0/8"), row("host", "h2", "port", "22"))).build()).item("RDP").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);

    ItemResult blank = assess(Inputs.builder().rows("services", List.of(row("host", "h", "port", "3389",
        "allowed_sources", ""))).build()).item("RDP").orElseThrow();
    assertThat(blank.outcome()).as("blank allowed_sources means reachable from anywhere").isEqualTo(Outcome.FAIL);
  }

  @Test
  void error_invalidCellTheRuleNeeds() {
    Assessment a = assess(systems(List.of(system("S1", "high", "2020/02/30"))).build());

    ItemResult r = a.item("FAILOVER").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(r.score()).isZero();
    assertThat(r.evidence().errors()).isEqualTo(1);
    assertThat(a.dataIssues()).hasSize(1);
    assertThat(a.dataIssues().get(0).line()).isEqualTo(2);
    assertThat(a.datasets().get(0).status()).isEqualTo(DatasetReport.Status.INVALID_CELLS);
  }

  @Test
  void error_datasetWithSkippedRowsCannotBeTrusted() {
    Inputs broken = Inputs.builder().table("systems", "systems.csv", List.of("system_id", "criticality"),
        List.of(List.of("S1", "high"), List.of("S2", "high", "extra"))).build();

    Assessment a = assess(broken);

    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(a.item("DRILL").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(a.datasets().get(0).status()).isEqualTo(DatasetReport.Status.UNREADABLE);
  }

  @Test
  void notApplicable_whenEmptyAndAllowed() {
    ItemResult r = assess(systems(List.of(row("system_id", "S1", "standby_count", "0"))).build())
        .item("DRILL").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(r.scored()).isFalse();
    assertThat(r.gain()).isZero();
  }

  @Test
  void notApplicable_answerOnlyWhereTheItemAllowsIt() {
    Assessment a = assess(Inputs.builder().rows("answers", List.of(
        row("item_id", "POLICY", "answer", "該当なし", "answered_on", "2026-11-01"),
        row("item_id", "FAILOVER", "answer", "該当なし", "answered_on", "2026-11-01"))).build());

    assertThat(a.item("POLICY").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    ItemResult failover = a.item("FAILOVER").orElseThrow();
    assertThat(failover.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(failover.reason().en()).isEqualTo("answered not applicable, but this item cannot be not applicable");
  }

  /** The cross-check no peer tool does: a "yes" that the data refutes. */
  @Test
  void contradicted_answerYesButDataFails() {
    Assessment a = assess(systems(List.of(system("S1", "high", "2020-01-01")))
        .rows("answers", answer("FAILOVER", "はい", "2026-10-01")).build());

    ItemResult r = a.item("FAILOVER").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(r.dataOutcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.score()).isZero();
    assertThat(r.gain()).isPositive();
    assertThat(r.answer().orElseThrow().value()).isEqualTo(Answer.Value.YES);
  }

  @Test
  void contradicted_answerYesButSomeRowsFail() {
    Assessment a = assess(systems(List.of(system("S1", "high", "2026-10-01"), system("S2", "high", "2020-01-01")))
        .rows("answers", answer("FAILOVER", "yes", "2026-10-01")).build());

    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(a.item("FAILOVER").orElseThrow().dataOutcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void answer_noAndDataFail_isPlainFail() {
    Assessment a = assess(systems(List.of(system("S1", "high", "2020-01-01")))
        .rows("answers", answer("FAILOVER", "いいえ", "2026-10-01")).build());

    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void answer_standsInForMissingData_withAnswerBasis() {
    Assessment a = assess(Inputs.builder().rows("answers", answer("RDP", "yes", "2026-10-01")).build());

    ItemResult r = a.item("RDP").orElseThrow();
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.basis()).isEqualTo(Basis.ANSWER);
    assertThat(r.reason().en()).isEqualTo("answered yes (from the answer, as there is no data)");
  }

  @Test
  void answer_partialScoresHalf() {
    ItemResult r = assess(Inputs.builder().rows("answers", answer("POLICY", "一部", "2026-10-01")).build())
        .item("POLICY").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(0.5);
  }

  @Test
  void answer_olderThanLimitOrUndated_isStale() {
    Assessment a = assess(Inputs.builder().rows("answers", List.of(
        row("item_id", "POLICY", "answer", "yes", "answered_on", "2025-11-29"),
        row("item_id", "RDP", "answer", "yes"),
        row("item_id", "FAILOVER", "answer", "yes", "answered_on", "2025-11-30"))).build());

    assertThat(a.item("POLICY").orElseThrow().answer().orElseThrow().stale()).isTrue();
    assertThat(a.item("RDP").orElseThrow().answer().orElseThrow().stale()).isTrue();
    assertThat(a.item("FAILOVER").orElseThrow().answer().orElseThrow().stale()).isFalse();
  }

  @Test
  void answer_duplicateForOneItem_neitherUsed() {
    Assessment a = assess(Inputs.builder().rows("answers", List.of(
        row("item_id", "POLICY", "answer", "yes", "answered_on", "2026-11-01"),
        row("item_id", "POLICY", "answer", "no", "answered_on", "2026-11-01"))).build());

    assertThat(a.item("POLICY").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(a.dataIssues()).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(3);
      assertThat(i.message().en()).isEqualTo("a second answer for item \"POLICY\" (the first is at line 2); neither is used");
    });
  }

  @Test
  void answer_forUnknownItem_isADataIssue() {
    Assessment a = assess(Inputs.builder().rows("answers", answer("NOPE", "yes", "2026-11-01")).build());

    assertThat(a.dataIssues()).singleElement()
        .satisfies(i -> assertThat(i.message().en()).isEqualTo("the checklist has no item \"NOPE\""));
  }

  @Test
  void answer_toDataOnlyItem_isIgnored() {
    Assessment a = assess(Inputs.builder().rows("answers", answer("RESTORE", "yes", "2026-11-01")).build());

    assertThat(a.item("RESTORE").orElseThrow().outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(a.item("RESTORE").orElseThrow().answer()).isEmpty();
  }

  @Test
  void unknownDatasetInInputs_isReportedNotRead() {
    Assessment a = assess(Inputs.builder().rows("sytems", List.of(row("system_id", "S1"))).build());

    assertThat(a.dataIssues()).singleElement().satisfies(i -> assertThat(i.message().en())
        .isEqualTo("the checklist has no dataset \"sytems\"; expected one of: systems, backups, services, answers"));
  }

  @Test
  void evidence_isCappedAtTheLimit() {
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(system("S" + i, "high", "2000-01-01"));
    }

    ItemResult r = mini.assess(systems(rows).build(), Fixtures.options().withEvidenceLimit(3))
        .item("FAILOVER").orElseThrow();

    assertThat(r.evidence().failing()).isEqualTo(50);
    assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("S0", "S1", "S2");
  }
}
