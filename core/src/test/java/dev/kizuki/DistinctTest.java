package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code at_least … distinct}: counting different values, not rows (NISC-WEB-06: two pages of one web site are
 * not two channels), with blank values that can neither make up the count nor be ruled out.
 */
class DistinctTest {
  private static final Text T = Text.of("題", "title");
  private static final Predicate TWO_POSTERS =
      new Predicate.Compare("posters", Predicate.Op.GE, new Operand.Literal(2L));

  private static final DatasetSchema CHANNELS = DatasetSchema.builder("channels", "id")
      .column(Column.builder("id", ColumnType.STRING).required().build())
      .column(Column.builder("kind", ColumnType.STRING).normalize(Normalization.TEXT).build())
      .column(Column.builder("posters", ColumnType.INTEGER).build())
      .build();

  private static ItemResult assess(Severity severity, Expectation expect, List<List<String>> rows) {
    DataRule rule = DataRule.builder("channels").require(TWO_POSTERS).expect(expect).build();
    Item item = Item.builder("WEB-06", "c").title(T).lesson("L1").severity(severity).check(Check.of(rule)).build();
    Checklist c = Checklist.builder("t", "1").title(T).description(T).source(Source.NONE)
        .incidentCase(new IncidentCase("c1", T)).lesson(new SourceRef("L1", "c1", T))
        .category(new Category("c", T, T, 1)).dataset(CHANNELS).item(item).build();
    return CompiledChecklist.compile(c)
        .assess(Inputs.builder().table("channels", "channels.csv", List.of("id", "kind", "posters"), rows).build(),
            AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)))
        .item("WEB-06").orElseThrow();
  }

  private static final Expectation TWO_KINDS = Expectation.atLeastDistinct(2, "kind");

  @Test
  void twoPagesOfOneSite_areOneKind_andFail() {
    ItemResult r = assess(Severity.HIGH, TWO_KINDS,
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "Website", "3")));

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.reason()).isEqualTo(Text.of(
        "対象 2 行のうち 2 行が基準を満たしています（kind は 1 種類: website）（合格の条件: 基準を満たす行の kind が 2 種類以上）",
        "2 of 2 applicable rows meet the rule, with 1 different kind: website (passing needs at least 2 different"
            + " kind among the rows that meet it)"));
  }

  @Test
  void sameRowsCountedAsRows_wouldPass() {
    // The contrast that shows the distinct count is what decides above.
    assertThat(assess(Severity.HIGH, Expectation.atLeast(2),
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "Website", "3"))).outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void twoKinds_pass_andTheReasonNamesThem() {
    ItemResult r = assess(Severity.HIGH, TWO_KINDS,
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "ＳＮＳ", "2"), List.of("CH-3", "sns", "2")));

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.reason().en()).isEqualTo("3 of 3 applicable rows meet the rule, with 2 different kind: sns, website");
  }

  @Test
  void aKindOnlyOnAFailingRow_doesNotCount() {
    ItemResult r = assess(Severity.HIGH, TWO_KINDS,
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "sns", "1")));

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aPassingRowWithBlankKind_couldCloseTheGap_soUnknown() {
    ItemResult r = assess(Severity.HIGH, TWO_KINDS,
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "", "2")));

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.reason().en()).isEqualTo("2 of 2 applicable rows meet the rule, with 1 different kind: website;"
        + " 1 row more with kind blank (passing needs at least 2 different kind among the rows that meet it);"
        + " whether the rule holds turns on the blank cells, so it cannot be told");
  }

  @Test
  void lowSeverity_getsPartialCreditByKinds() {
    ItemResult r = assess(Severity.LOW, Expectation.atLeastDistinct(3, "kind"),
        List.of(List.of("CH-1", "website", "2"), List.of("CH-2", "app", "2"), List.of("CH-3", "app", "2")));

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.score()).isEqualTo(2.0 / 3);
  }

  @Test
  void distinctOnlyGoesWithAtLeast() {
    assertThatThrownBy(() -> new Expectation(Expectation.Kind.ALL, 1, 0, java.util.Optional.of("kind")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("distinct goes only with at_least, not ALL");
  }

  private static ChecklistException loadFails(String expect) {
    String yaml = Fixtures.resource("checklists/mini.yaml").replace("expect: {at_least: 2}", "expect: " + expect);
    try {
      CompiledChecklist.compile(ChecklistLoader.create().parse("mini.yaml", yaml));
    } catch (ChecklistException e) {
      return e;
    }
    throw new AssertionError("expected the checklist to be refused: " + expect);
  }

  @Test
  void yaml_distinctColumn_isRead() {
    String yaml = Fixtures.resource("checklists/mini.yaml")
        .replace("expect: {at_least: 2}", "expect: {at_least: 2, distinct: criticality}");
    assertThat(ChecklistLoader.create().parse("mini.yaml", yaml).item("DRILL").orElseThrow().check().data()
        .orElseThrow().expect()).isEqualTo(Expectation.atLeastDistinct(2, "criticality"));
  }

  @Test
  void yaml_distinctColumnMustExist() {
    assertThat(loadFails("{at_least: 2, distinct: knd}").issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("items[3].check.data.expect.distinct");
      assertThat(i.message().en()).startsWith("dataset systems has no column \"knd\"");
    });
  }

  @Test
  void yaml_distinctWithRatio_isRefused() {
    assertThat(loadFails("{ratio: 0.5, distinct: kind}").issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("items[3].check.data.expect.distinct");
      assertThat(i.message()).isEqualTo(Text.of("distinct は at_least と組み合わせてのみ使えます",
          "distinct goes only with at_least"));
    });
  }

  @Test
  void yaml_distinctMustBeAName() {
    assertThat(loadFails("{at_least: 2, distinct: 3}").issues()).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo("items[3].check.data.expect.distinct"));
  }
}
