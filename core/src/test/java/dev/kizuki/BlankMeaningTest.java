package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every blank meaning against every predicate kind that reads a cell, on one row whose tested cell is blank;
 * then the exact texts, the answer rule (absent vs blank data) and what the binder and the model refuse.
 */
class BlankMeaningTest {
  private static final Text T = Text.of("題", "title");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** How the one row came out: its count in the evidence, or left out by a not-applicable blank. */
  enum Row { PASS, FAIL, UNKNOWN, OUT }

  /**
   * Columns of {@code systems}: d1 and d2 dates, n1 and n2 integers, s a string, ref a join key into
   * {@code backups}; every one of them declares {@code blank}.
   */
  private static DatasetSchema systems(BlankMeaning blank) {
    DatasetSchema.Builder b = DatasetSchema.builder("systems", "id")
        .column(Column.builder("id", ColumnType.STRING).required().build());
    for (String date : List.of("d1", "d2")) {
      b.column(Column.builder(date, ColumnType.DATE).blank(blank.fits(ColumnType.DATE) ? blank : BlankMeaning.UNKNOWN)
          .build());
    }
    for (String n : List.of("n1", "n2")) {
      b.column(Column.builder(n, ColumnType.INTEGER).blank(blank.fits(ColumnType.INTEGER) ? blank : BlankMeaning.UNKNOWN)
          .build());
    }
    BlankMeaning text = blank.fits(ColumnType.STRING) ? blank : BlankMeaning.UNKNOWN;
    b.column(Column.builder("s", ColumnType.STRING).blank(text).build());
    b.column(Column.builder("ref", ColumnType.STRING).blank(text).build());
    return b.build();
  }

  private static final DatasetSchema BACKUPS = DatasetSchema.builder("backups", "backup_id")
      .column(Column.builder("backup_id", ColumnType.STRING).required().build()).build();

  private static Checklist checklist(BlankMeaning blank, DataRule rule, Severity severity, boolean question) {
    Check check = question ? Check.of(rule).withQuestion() : Check.of(rule);
    Item item = Item.builder("I-01", "c").title(T).lesson("L1").severity(severity).check(check).build();
    return Checklist.builder("t", "1").title(T).description(T).source(Source.NONE)
        .incidentCase(new IncidentCase("c1", T)).lesson(new SourceRef("L1", "c1", T))
        .category(new Category("c", T, T, 1)).dataset(systems(blank)).dataset(BACKUPS).item(item).build();
  }

  private static final List<String> HEADER = List.of("id", "d1", "d2", "n1", "n2", "s", "ref");

  /** One systems row; every cell not given is blank. */
  private static List<String> row(Map<String, String> cells) {
    List<String> r = new ArrayList<>();
    HEADER.forEach(h -> r.add(cells.getOrDefault(h, "")));
    return r;
  }

  private static Assessment assess(Checklist c, List<List<String>> rows, Optional<String> answer) {
    Inputs.Builder in = Inputs.builder().table("systems", "systems.csv", HEADER, rows)
        .table("backups", "backups.csv", List.of("backup_id"), List.of(List.of("B1")));
    answer.ifPresent(a -> in.table("answers", "answers.csv", List.of("item_id", "answer", "answered_on"),
        List.of(List.of("I-01", a, "2026-11-01"))));
    return CompiledChecklist.compile(c).assess(in.build(), AssessmentOptions.asOf(AS_OF));
  }

  private static Predicate cmp(String field, Predicate.Op op, Object value) {
    return new Predicate.Compare(field, op, new Operand.Literal(value));
  }

  private static Predicate fields(String field, Predicate.Op op, String other) {
    return new Predicate.Compare(field, op, new Operand.Field(other));
  }

  private static Predicate in(String field, boolean negated, Object value) {
    return new Predicate.In(field, List.of(new Operand.Literal(value)), negated);
  }

  private static Predicate within(String field, long days) {
    return new Predicate.Recency(field, new Operand.Literal(days), true);
  }

  private static Predicate older(String field, long days) {
    return new Predicate.Recency(field, new Operand.Literal(days), false);
  }

  private static Predicate exists() {
    return new Predicate.Exists("backups", Map.of("ref", "backup_id"), Optional.empty());
  }

  static Stream<Arguments> matrix() {
    Map<String, String> d2 = Map.of("d2", "2026-01-01");
    Map<String, String> n2 = Map.of("n2", "5");
    Map<String, String> none = Map.of();
    return Stream.of(
        // never: the event has not happened, so it is before every date.
        Arguments.of(BlankMeaning.NEVER, within("d1", 365), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, older("d1", 365), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.LT, "2000-01-01"), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.LE, "2000-01-01"), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.GE, "2000-01-01"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.GT, "2000-01-01"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.EQ, "2000-01-01"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, cmp("d1", Predicate.Op.NE, "2000-01-01"), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, fields("d1", Predicate.Op.GE, "d2"), d2, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, fields("d2", Predicate.Op.GE, "d1"), d2, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, fields("d1", Predicate.Op.GE, "d2"), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, fields("d1", Predicate.Op.LT, "d2"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, in("d1", false, "2026-01-01"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, in("d1", true, "2026-01-01"), none, Row.PASS),
        Arguments.of(BlankMeaning.NEVER, new Predicate.Present("d1", true), none, Row.FAIL),
        Arguments.of(BlankMeaning.NEVER, new Predicate.Present("d1", false), none, Row.PASS),
        // unknown: nothing is known, so nothing can be judged; presence is still a fact.
        Arguments.of(BlankMeaning.UNKNOWN, within("d1", 365), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, older("d1", 365), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, cmp("d1", Predicate.Op.LT, "2000-01-01"), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, fields("d1", Predicate.Op.GE, "d2"), d2, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, fields("d2", Predicate.Op.GE, "d1"), d2, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, in("n1", true, 0L), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, new Predicate.Matches("s", ".*"), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, exists(), none, Row.UNKNOWN),
        Arguments.of(BlankMeaning.UNKNOWN, new Predicate.Present("d1", false), none, Row.PASS),
        // none: there is nothing, a count of 0 and the empty text.
        Arguments.of(BlankMeaning.NONE, cmp("n1", Predicate.Op.EQ, 0L), none, Row.PASS),
        Arguments.of(BlankMeaning.NONE, cmp("n1", Predicate.Op.GT, 0L), none, Row.FAIL),
        Arguments.of(BlankMeaning.NONE, cmp("n1", Predicate.Op.LE, 0L), none, Row.PASS),
        Arguments.of(BlankMeaning.NONE, fields("n1", Predicate.Op.LT, "n2"), n2, Row.PASS),
        Arguments.of(BlankMeaning.NONE, fields("n2", Predicate.Op.LE, "n1"), n2, Row.FAIL),
        Arguments.of(BlankMeaning.NONE, in("n1", false, 0L), none, Row.PASS),
        Arguments.of(BlankMeaning.NONE, in("n1", true, 0L), none, Row.FAIL),
        Arguments.of(BlankMeaning.NONE, new Predicate.Matches("s", "(?i).*rdp.*"), none, Row.FAIL),
        Arguments.of(BlankMeaning.NONE, new Predicate.Matches("s", "x*"), none, Row.PASS),
        Arguments.of(BlankMeaning.NONE, cmp("s", Predicate.Op.NE, "any"), none, Row.PASS),
        Arguments.of(BlankMeaning.NONE, new Predicate.Present("n1", true), none, Row.FAIL),
        Arguments.of(BlankMeaning.NONE, exists(), none, Row.UNKNOWN),
        // not applicable: a test on the cell takes the row out; presence is still a fact.
        Arguments.of(BlankMeaning.NOT_APPLICABLE, within("d1", 365), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, older("d1", 365), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, cmp("n1", Predicate.Op.EQ, 0L), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, fields("d1", Predicate.Op.GE, "d2"), d2, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, fields("d2", Predicate.Op.GE, "d1"), d2, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, in("n1", true, 0L), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.Matches("s", ".*"), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, exists(), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.Not(within("d1", 365)), none, Row.OUT),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.Present("d1", true), none, Row.FAIL),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.Present("d1", false), none, Row.PASS),
        // Beside other parts: what decides without the cell still decides; an unknown stays unknown.
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.All(List.of(within("d1", 365),
            new Predicate.Present("id", false))), none, Row.FAIL),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.Any(List.of(within("d1", 365),
            new Predicate.Present("id", true))), none, Row.PASS),
        Arguments.of(BlankMeaning.NOT_APPLICABLE, new Predicate.All(List.of(within("d1", 365),
            new Predicate.Present("id", true))), none, Row.OUT),
        Arguments.of(BlankMeaning.NEVER, new Predicate.Any(List.of(within("d1", 365),
            within("d2", 1))), none, Row.FAIL));
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @MethodSource("matrix")
  void blankCell_readByItsMeaning(BlankMeaning blank, Predicate require, Map<String, String> cells, Row expected) {
    Map<String, String> all = new java.util.HashMap<>(cells);
    all.put("id", "S1");
    DataRule rule = DataRule.builder("systems").require(require).build();

    Evidence e = assess(checklist(blank, rule, Severity.MEDIUM, false), List.of(row(all)), Optional.empty())
        .item("I-01").orElseThrow().evidence();

    Row got = e.passing() == 1 ? Row.PASS : e.failing() == 1 ? Row.FAIL : e.unknown() == 1 ? Row.UNKNOWN
        : e.applicable() == 0 && !e.notes().isEmpty() ? Row.OUT : null;
    assertThat(got).as("%s, evidence %s", require, e).isEqualTo(expected);
  }

  @Test
  void notApplicableInWhere_leavesTheRowOutAndSaysSoInBothLanguages() {
    DataRule rule = DataRule.builder("systems").where(cmp("n1", Predicate.Op.GE, 1L))
        .require(new Predicate.Present("s", true)).build();
    List<List<String>> rows = List.of(row(Map.of("id", "S1")), row(Map.of("id", "S2")),
        row(Map.of("id", "S3", "n1", "2", "s", "x")));

    ItemResult r = assess(checklist(BlankMeaning.NOT_APPLICABLE, rule, Severity.HIGH, false), rows, Optional.empty())
        .item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evidence().applicable()).isEqualTo(1);
    assertThat(r.evidence().notes()).containsExactly(Text.of(
        "2 行を対象から除きました: n1 が空欄で、このスキーマでは空欄は「該当しない」を表します",
        "2 rows left out: n1 is blank, which this schema declares not applicable"));
  }

  @Test
  void neverTested_failsTheRecencyRuleAndRefutesAYesAnswer() {
    DataRule rule = DataRule.builder("systems").require(within("d1", 365)).build();

    ItemResult r = assess(checklist(BlankMeaning.NEVER, rule, Severity.HIGH, true), List.of(row(Map.of("id", "S1"))),
        Optional.of("yes")).item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.CONTRADICTED);
    assertThat(r.dataOutcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of(
        "回答は「はい」ですが、データは「不合格」を示しています: 対象 1 行のうち 1 行が基準を満たしていません",
        "the answer says yes, but the data shows fail: 1 of 1 applicable row fails the rule"));
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> assertThat(ref.reason()).isEqualTo(Text.of(
        "d1 が空欄です。空欄は未実施を表します（必要: d1 が評価日から 365 日以内）",
        "d1 is blank, which means never done (needed: d1 within the last 365 days)")));
  }

  @Test
  void noneBlank_explainsWhatItReadAs() {
    DataRule rule = DataRule.builder("systems").require(cmp("n1", Predicate.Op.GE, 1L)).build();

    ItemResult r = assess(checklist(BlankMeaning.NONE, rule, Severity.HIGH, false), List.of(row(Map.of("id", "S1"))),
        Optional.empty()).item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> assertThat(ref.reason()).isEqualTo(Text.of(
        "n1 が空欄です。空欄はなし（0）を表します（必要: n1 ≥ 1）", "n1 is blank, which means none (0) (needed: n1 ≥ 1)")));
  }

  @Test
  void unknownBlank_withAYesAnswer_staysUnknownWithTheRowsAndNoCoverage() {
    DataRule rule = DataRule.builder("systems").require(within("d1", 365)).build();
    List<List<String>> rows = List.of(row(Map.of("id", "S1")), row(Map.of("id", "S2", "d1", "2026-10-01")));

    Assessment a = assess(checklist(BlankMeaning.UNKNOWN, rule, Severity.HIGH, true), rows, Optional.of("yes"));
    ItemResult r = a.item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.basis()).isEqualTo(Basis.NONE);
    assertThat(r.score()).isZero();
    assertThat(r.reason()).isEqualTo(Text.of(
        "対象 2 行のうち 1 行は判断できません（必要な値が空か、参照先のデータがありません）。合否は空の値しだいのため判断できません。"
            + "回答は使いません。データは与えられていますが、判断に必要な値が空です",
        "1 of 2 applicable rows cannot be judged (cells the rule needs are blank, or data it refers to is missing);"
            + " whether the rule holds turns on the blank cells, so it cannot be told; the answer was not used because"
            + " the data exists but is blank where the rule needs it"));
    assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("S1");
    assertThat(a.coverage().none()).isEqualTo(1.0);
    assertThat(a.coverage().answers()).isZero();
  }

  @Test
  void datasetNotGiven_aYesAnswerStillStandsIn() {
    DataRule rule = DataRule.builder("systems").require(within("d1", 365)).build();
    Checklist c = checklist(BlankMeaning.UNKNOWN, rule, Severity.HIGH, true);
    Inputs in = Inputs.builder().table("answers", "answers.csv", List.of("item_id", "answer", "answered_on"),
        List.of(List.of("I-01", "yes", "2026-11-01"))).build();

    Assessment a = CompiledChecklist.compile(c).assess(in, AssessmentOptions.asOf(AS_OF));
    ItemResult r = a.item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.basis()).isEqualTo(Basis.ANSWER);
    assertThat(r.reason()).isEqualTo(Text.of("回答: はい（データがないため回答による）", "answered yes (from the answer, as there is no data)"));
    assertThat(a.coverage().answers()).isEqualTo(1.0);
  }

  @Test
  void givenDataWithNoRowInScope_aYesAnswerIsNotUsed() {
    DataRule rule = DataRule.builder("systems").where(cmp("n1", Predicate.Op.GE, 1L)).require(within("d1", 365)).build();

    ItemResult r = assess(checklist(BlankMeaning.UNKNOWN, rule, Severity.HIGH, true),
        List.of(row(Map.of("id", "S1", "n1", "0"))), Optional.of("yes")).item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.reason().en()).isEqualTo("no row of systems is in scope, so there is nothing to judge by;"
        + " the answer was not used because the data exists but has no row in scope");
  }

  @Test
  void unknownBlank_withANoAnswer_failsOnTheAnswer() {
    DataRule rule = DataRule.builder("systems").require(within("d1", 365)).build();

    ItemResult r = assess(checklist(BlankMeaning.UNKNOWN, rule, Severity.HIGH, true), List.of(row(Map.of("id", "S1"))),
        Optional.of("no")).item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.basis()).isEqualTo(Basis.ANSWER);
    assertThat(r.reason()).isEqualTo(Text.of("回答: いいえ（データでは判断できないため回答による）",
        "answered no (from the answer, as the data cannot tell)"));
  }

  @Test
  void columnAbsentFromTheFile_isUnknownWhateverItsBlanksMean() {
    DataRule rule = DataRule.builder("systems").require(cmp("n1", Predicate.Op.EQ, 0L)).build();
    Inputs in = Inputs.builder().table("systems", "systems.csv", List.of("id"), List.of(List.of("S1")))
        .table("backups", "backups.csv", List.of("backup_id"), List.of(List.of("B1"))).build();

    ItemResult r = CompiledChecklist.compile(checklist(BlankMeaning.NONE, rule, Severity.HIGH, false))
        .assess(in, AssessmentOptions.asOf(AS_OF)).item("I-01").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void columnModel_meaningThatDoesNotFitTheType_isRefusedNamingIt() {
    assertThatThrownBy(() -> Column.builder("count", ColumnType.INTEGER).blank(BlankMeaning.NEVER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column count: a integer column cannot declare blank: never");
    assertThatThrownBy(() -> Column.builder("on", ColumnType.DATE).blank(BlankMeaning.NONE).build())
        .hasMessage("column on: a date column cannot declare blank: none");
    assertThatThrownBy(() -> Column.builder("on", ColumnType.DATE).required().blank(BlankMeaning.NEVER).build())
        .hasMessage("column on: a required column is never blank, so it cannot declare blank: never");
  }

  @Test
  void fits_definesEachMeaningOnlyWhereItMeansSomething() {
    assertThat(Stream.of(ColumnType.values()).filter(BlankMeaning.NEVER::fits)).containsExactly(ColumnType.DATE);
    assertThat(Stream.of(ColumnType.values()).filter(BlankMeaning.NONE::fits))
        .containsExactly(ColumnType.STRING, ColumnType.INTEGER, ColumnType.DECIMAL);
    assertThat(Stream.of(ColumnType.values()).filter(BlankMeaning.NOT_APPLICABLE::fits)).hasSize(ColumnType.values().length);
  }

  // ---- the binder ---------------------------------------------------------------------------------------

  private static final String YAML = Fixtures.YAML_HEAD + """
      datasets:
        - id: systems
          title: {ja: s, en: s}
          description: {ja: s, en: s}
          key: id
          columns:
            - {name: id, type: string, required: true, description: {ja: i, en: i}}
            - {name: col, type: %s, description: {ja: c, en: c}, blank: %s}
      """ + Fixtures.YAML_ITEM + """
          check: {question: true}
      """;

  private static ChecklistException loadError(String type, String blank) {
    return org.assertj.core.api.Assertions.catchThrowableOfType(ChecklistException.class,
        () -> ChecklistLoader.create().parse("t.yaml", YAML.formatted(type, blank)));
  }

  @Test
  void binder_declaredMeaning_isOnTheColumn() {
    Checklist c = ChecklistLoader.create().parse("t.yaml", YAML.formatted("date", "never"));

    assertThat(c.datasets().get(0).column("col").orElseThrow().blank()).isEqualTo(BlankMeaning.NEVER);
    assertThat(c.datasets().get(0).column("id").orElseThrow().blank()).isEqualTo(BlankMeaning.UNKNOWN);
  }

  @Test
  void binder_unknownMeaning_namesThePathAndTheMeanings() {
    ChecklistException e = loadError("date", "sometimes");

    assertThat(e.format(Lang.EN)).isEqualTo("t.yaml:14:62: datasets[0].columns[1].blank: expected one of unknown,"
        + " never, none, not_applicable, found \"sometimes\"");
    assertThat(e.format(Lang.JA)).isEqualTo("t.yaml:14:62: datasets[0].columns[1].blank: 「sometimes」は使えません。"
        + "使える値: unknown, never, none, not_applicable");
  }

  @Test
  void binder_meaningThatDoesNotFitTheType_namesThePathAndTheTypesItFits() {
    ChecklistException never = loadError("integer", "never");
    ChecklistException none = loadError("date", "none");

    assertThat(never.format(Lang.EN)).isEqualTo("t.yaml:14:65: datasets[0].columns[1].blank: blank: never (a blank"
        + " means \"never happened\") has no meaning for a integer column; expected a column of type date");
    assertThat(never.format(Lang.JA)).isEqualTo("t.yaml:14:65: datasets[0].columns[1].blank: blank: never（空欄は「未実施」）"
        + "は integer の列では意味を持ちません。使える型: date");
    assertThat(none.format(Lang.EN)).isEqualTo("t.yaml:14:62: datasets[0].columns[1].blank: blank: none (a blank"
        + " means \"there is nothing\") has no meaning for a date column; expected a column of type string, integer,"
        + " decimal");
  }
}
