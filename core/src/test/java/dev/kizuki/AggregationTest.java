package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rule's rows add up, by severity, by opting in or out of partial credit, and per expectation. */
class AggregationTest {
  private static final Text T = Text.of("題", "title");
  private static final Text WHY = Text.of("台数の割合が改善の目安になるため", "the share of devices shows progress");
  private static final Predicate SMB1_OFF =
      new Predicate.Compare("smbv1", Predicate.Op.EQ, new Operand.Literal(false));

  private static final DatasetSchema DEVICES = DatasetSchema.builder("devices", "host")
      .column(Column.builder("host", ColumnType.STRING).required().build())
      .column(Column.builder("smbv1", ColumnType.BOOLEAN).build())
      .build();

  private static ItemResult assess(Severity severity, DataRule rule, int ok, int bad, int blank) {
    Item item = Item.builder("END-01", "c").title(T).lesson("L1").severity(severity).check(Check.of(rule)).build();
    Checklist c = Checklist.builder("t", "1").title(T).description(T).source(Source.NONE)
        .incidentCase(new IncidentCase("c1", T)).lesson(new SourceRef("L1", "c1", T))
        .category(new Category("c", T, T, 1)).dataset(DEVICES).item(item).build();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < ok + bad + blank; i++) {
      rows.add(List.of("pc-" + i, i < ok ? "false" : i < ok + bad ? "true" : ""));
    }
    return CompiledChecklist.compile(c)
        .assess(Inputs.builder().table("devices", "devices.csv", List.of("host", "smbv1"), rows).build(),
            AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)))
        .item("END-01").orElseThrow();
  }

  private static DataRule.Builder all() {
    return DataRule.builder("devices").require(SMB1_OFF);
  }

  @Test
  void high_threeFailingAmong401_failsWithNoCreditAndNamesTheCount() {
    ItemResult r = assess(Severity.HIGH, all().build(), 398, 3, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.score()).isZero();
    assertThat(r.reason()).isEqualTo(Text.of("対象 401 行のうち 3 行が基準を満たしていません",
        "3 of 401 applicable rows fail the rule"));
  }

  @Test
  void critical_oneFailingRow_fails() {
    ItemResult r = assess(Severity.CRITICAL, all().build(), 400, 1, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason().en()).isEqualTo("1 of 401 applicable rows fails the rule");
  }

  @Test
  void medium_keepsTheShareAndStillNamesTheFailingRows() {
    ItemResult r = assess(Severity.MEDIUM, all().build(), 398, 3, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(398.0 / 401);
    assertThat(r.reason()).isEqualTo(Text.of("対象 401 行のうち 3 行が基準を満たしていません。対象 401 行のうち 398 行が基準を満たしています",
        "3 of 401 applicable rows fail the rule; 398 of 401 applicable rows meet the rule"));
  }

  @Test
  void high_optedIntoPartialCredit_isPartial() {
    ItemResult r = assess(Severity.HIGH, all().partialCredit(WHY).build(), 398, 3, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(398.0 / 401);
  }

  @Test
  void low_optedOutOfPartialCredit_fails() {
    ItemResult r = assess(Severity.LOW, all().noPartialCredit().build(), 398, 3, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.score()).isZero();
  }

  @Test
  void high_noFailingRowButABlankOne_isUnknownNotPartial() {
    ItemResult r = assess(Severity.HIGH, all().build(), 400, 0, 1);

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.basis()).isEqualTo(Basis.NONE);
    assertThat(r.reason()).isEqualTo(Text.of(
        "対象 401 行のうち 1 行は判断できません（必要な値が空か、参照先のデータがありません）。合否は空の値しだいのため判断できません",
        "1 of 401 applicable rows cannot be judged (cells the rule needs are blank, or data it refers to is missing);"
            + " whether the rule holds turns on the blank cells, so it cannot be told"));
    assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("pc-400");
  }

  @Test
  void high_failingAndBlankRows_failsAndCountsBoth() {
    ItemResult r = assess(Severity.HIGH, all().build(), 10, 2, 1);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of(
        "対象 13 行のうち 2 行が基準を満たしていません。ほかに 1 行は判断できません（必要な値が空か、参照先のデータがありません）",
        "2 of 13 applicable rows fail the rule; 1 more cannot be judged (cells the rule needs are blank, or data it"
            + " refers to is missing)"));
  }

  @Test
  void medium_blankRow_isPartialAsBefore() {
    assertThat(assess(Severity.MEDIUM, all().build(), 3, 0, 1).outcome()).isEqualTo(Outcome.PARTIAL);
  }

  @Test
  void ratio_high_metDespiteFailingRows_passes() {
    assertThat(assess(Severity.HIGH, all().expect(Expectation.ratio(0.9)).build(), 95, 5, 0).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void ratio_high_missed_failsAndSaysWhatPassingNeeds() {
    ItemResult r = assess(Severity.HIGH, all().expect(Expectation.ratio(0.9)).build(), 80, 20, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of(
        "対象 100 行のうち 20 行が基準を満たしていません。対象 100 行のうち 80 行が基準を満たしています（合格の条件: 基準を満たす行が 90% 以上）",
        "20 of 100 applicable rows fail the rule; 80 of 100 applicable rows meet the rule (passing needs at least"
            + " 90% of the rows to meet it)"));
  }

  @Test
  void ratio_high_blankRowsCouldReachIt_isUnknown() {
    assertThat(assess(Severity.HIGH, all().expect(Expectation.ratio(0.9)).build(), 85, 5, 10).outcome())
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void ratio_medium_missed_isPartialWithTheShare() {
    ItemResult r = assess(Severity.MEDIUM, all().expect(Expectation.ratio(0.9)).build(), 80, 20, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(0.8);
  }

  @Test
  void atLeast_high_tooFew_fails_medium_isPartial() {
    DataRule rule = DataRule.builder("devices").require(SMB1_OFF).expect(Expectation.atLeast(2)).build();

    assertThat(assess(Severity.HIGH, rule, 1, 3, 0).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(assess(Severity.HIGH, rule, 1, 3, 0).reason().en()).isEqualTo("3 of 4 applicable rows fail the rule;"
        + " 1 of 4 applicable rows meet the rule (passing needs at least 2 rows that meet it)");
    assertThat(assess(Severity.MEDIUM, rule, 1, 3, 0).outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(assess(Severity.MEDIUM, rule, 1, 3, 0).score()).isEqualTo(0.5);
  }

  @Test
  void atLeast_everyRowPassesButTooFew_saysSoWithoutAnEmptyCannotBeJudgedClause() {
    DataRule rule = DataRule.builder("devices").require(SMB1_OFF).expect(Expectation.atLeast(2)).build();

    ItemResult r = assess(Severity.HIGH, rule, 1, 0, 0);

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of("対象 1 行のうち 1 行が基準を満たしています（合格の条件: 基準を満たす行が 2 行以上）",
        "1 of 1 applicable row meets the rule (passing needs at least 2 rows that meet it)"));
  }

  @Test
  void none_oneMatchAmong401_failsNamingTheRowsRead() {
    DataRule rule = DataRule.builder("devices")
        .where(new Predicate.Compare("smbv1", Predicate.Op.EQ, new Operand.Literal(true))).expect(Expectation.none())
        .partialCredit(WHY).build();

    ItemResult r = assess(Severity.MEDIUM, rule, 400, 1, 0);

    // expect: none never gives a share: a partial_credit opt-in does not change it.
    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of("devices の 401 行のうち、該当してはならない行が 1 行あります",
        "1 of 401 rows of devices matches what must not exist"));
  }

  @Test
  void dataRule_partialCreditWithoutBothLanguages_isRefused() {
    assertThatThrownBy(() -> all().partialCredit(Text.of("理由", "")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule over devices: partial credit needs a reason in Japanese and English, was Text[ja=理由, en=]");
  }

  // ---- the binder ---------------------------------------------------------------------------------------

  private static final String YAML = Fixtures.YAML_HEAD + """
      datasets:
        - id: devices
          title: {ja: d, en: d}
          description: {ja: d, en: d}
          key: host
          columns:
            - {name: host, type: string, required: true, description: {ja: h, en: h}}
      """ + Fixtures.YAML_ITEM + """
          check:
            data:
              dataset: devices
              require: {field: host, present: true}
              expect: all
              partial_credit: %s
      """;

  private static DataRule rule(String credit) {
    return ChecklistLoader.create().parse("t.yaml", YAML.formatted(credit)).items().get(0).check().data().orElseThrow();
  }

  private static ChecklistException error(String credit) {
    return catchThrowableOfType(ChecklistException.class,
        () -> ChecklistLoader.create().parse("t.yaml", YAML.formatted(credit)));
  }

  @Test
  void binder_partialCreditWithAReason_isAShare() {
    DataRule r = rule("{reason: {ja: 割合で進み具合がわかる, en: the share shows progress}}");

    assertThat(r.aggregation()).isEqualTo(Aggregation.SHARE);
    assertThat(r.aggregationReason()).isEqualTo(Text.of("割合で進み具合がわかる", "the share shows progress"));
  }

  @Test
  void binder_partialCreditFalse_isAllOrNothing_andAbsentIsBySeverity() {
    assertThat(rule("false").aggregation()).isEqualTo(Aggregation.ALL_OR_NOTHING);
    assertThat(ChecklistLoader.create().parse("t.yaml", YAML.replace("partial_credit: %s", ""))
        .items().get(0).check().data().orElseThrow().aggregation()).isEqualTo(Aggregation.BY_SEVERITY);
  }

  @Test
  void binder_partialCreditReasonInOneLanguage_namesTheMissingOne() {
    ChecklistException e = error("{reason: {ja: 割合}}");

    assertThat(e.format(Lang.EN)).isEqualTo("t.yaml:29:26: items[0].check.data.partial_credit.reason:"
        + " missing required key \"en\"");
  }

  @Test
  void binder_partialCreditTrue_asksForAReasonInBothLanguages() {
    ChecklistException e = error("true");

    assertThat(e.format(Lang.EN)).isEqualTo("t.yaml:29:9: items[0].check.data.partial_credit: expected"
        + " {reason: {ja: …, en: …}} (partial credit, and why) or false (no partial credit), found boolean \"true\"");
    assertThat(e.format(Lang.JA)).isEqualTo("t.yaml:29:9: items[0].check.data.partial_credit: partial_credit には"
        + "理由 {reason: {ja: …, en: …}}（部分点を認める）か false（部分点なし）が必要ですが、真偽値「true」でした");
  }
}
