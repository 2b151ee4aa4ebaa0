package dev.kizuki;

import static dev.kizuki.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scoring models worked by hand on a checklist built in code: category A (weight 1) holds a1 (weight 1,
 * yes: 1) and a2 (weight 3, no: 0); category B (weight 3) holds b1 (weight 2, partly: 0.5) and b2 (weight
 * 2, not applicable: left out).
 */
class ScoringTest {
  private static final Text T = Text.of("t", "t");

  private static Item item(String id, String category, double weight) {
    return new Item(id, category, T, T, T, T, List.of("L"), List.of(), Map.of(), Severity.MEDIUM, weight, List.of(),
        new Check(Optional.empty(), true, true));
  }

  static Checklist checklist(List<Item> items) {
    Checklist.Builder b = Checklist.builder("s", "1").title(T)
        .category(new Category("A", T, Text.EMPTY, 1)).category(new Category("B", T, Text.EMPTY, 3));
    items.forEach(b::item);
    return b.build();
  }

  private static Assessment assess(ScoringModel model, String a1, String a2, String b1, String b2) {
    Checklist c = checklist(List.of(item("a1", "A", 1), item("a2", "A", 3), item("b1", "B", 2), item("b2", "B", 2)));
    List<Map<String, String>> answers = new ArrayList<>();
    String[][] given = {{"a1", a1}, {"a2", a2}, {"b1", b1}, {"b2", b2}};
    for (String[] g : given) {
      answers.add(row("item_id", g[0], "answer", g[1], "answered_on", "2026-11-01"));
    }
    return CompiledChecklist.compile(c).assess(Inputs.builder().rows("answers", answers).build(),
        Fixtures.options().withScoringModel(model));
  }

  private static Assessment worked(ScoringModel model) {
    return assess(model, "yes", "no", "partial", "not_applicable");
  }

  @ParameterizedTest(name = "{0}: total {1}, A {2}, B {3}")
  @CsvSource({
    // A = (1*1 + 3*0) / 4 = 25; B = 2*0.5 / 2 = 50; total = (1*25 + 3*50) / 4
    "DEFAULT, 43.75, 25, 50",
    // (1 + 0 + 1) / (1 + 3 + 2)
    "FLAT, 33.333333, 25, 50",
    // (1 + 0 + 0.5) / 3; categories unweighted too: A = 50, B = 50
    "FLAT_UNWEIGHTED, 50, 50, 50",
    "ABSOLUTE, 0, 0, 0",
  })
  void score_eachModel_matchesHandWorkedFigures(ScoringModel model, double total, double a, double b) {
    Assessment r = worked(model);

    assertThat(r.score()).isCloseTo(total, within(1e-4));
    assertThat(r.categories().get(0).score()).isCloseTo(a, within(1e-9));
    assertThat(r.categories().get(1).score()).isCloseTo(b, within(1e-9));
    assertThat(r.scoringModel()).isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}: gain a2 {1}, b1 {2}")
  @CsvSource({
    // a2 passing: A = 100, total = (100 + 150) / 4 = 62.5; b1 passing: B = 100, total = (25 + 300) / 4 = 81.25
    "DEFAULT, 18.75, 37.5",
    // 3 / 6 and 2 * 0.5 / 6
    "FLAT, 50, 16.666667",
    "FLAT_UNWEIGHTED, 33.333333, 16.666667",
    // fixing one of two failing items still leaves the other: no gain alone
    "ABSOLUTE, 0, 0",
  })
  void gain_isThePointsTheTotalWouldRise(ScoringModel model, double a2, double b1) {
    Assessment r = worked(model);

    assertThat(r.item("a2").orElseThrow().gain()).isCloseTo(a2, within(1e-4));
    assertThat(r.item("b1").orElseThrow().gain()).isCloseTo(b1, within(1e-4));
    assertThat(r.item("a1").orElseThrow().gain()).isZero();
    assertThat(r.item("b2").orElseThrow().gain()).isZero();
  }

  @Test
  void absolute_allScoredItemsPass_is100() {
    assertThat(assess(ScoringModel.ABSOLUTE, "yes", "yes", "yes", "not_applicable").score()).isEqualTo(100);
  }

  /** ABSOLUTE scores each category all or nothing by its own items (a category-blind mutant survived PIT). */
  @Test
  void absolute_categoryScores_areAllOrNothingPerCategory() {
    Assessment r = assess(ScoringModel.ABSOLUTE, "yes", "yes", "partial", "not_applicable");

    assertThat(r.categories().get(0).score()).isEqualTo(100);
    assertThat(r.categories().get(1).score()).isZero();
    assertThat(r.score()).isZero();
  }

  @Test
  void absolute_singleFailingItem_gainsEverything() {
    assertThat(assess(ScoringModel.ABSOLUTE, "yes", "no", "yes", "yes").item("a2").orElseThrow().gain())
        .isEqualTo(100);
  }

  /** Documented edge case: with nothing scored, the score is 0, never a claimed 100. */
  @Test
  void score_everyItemNotApplicable_isZero() {
    for (ScoringModel m : ScoringModel.values()) {
      Assessment r = assess(m, "not_applicable", "not_applicable", "not_applicable", "not_applicable");
      assertThat(r.score()).as("%s", m).isZero();
      assertThat(r.coverage()).isEqualTo(Coverage.of(0, 0, 0));
      assertThat(r.categories()).allSatisfy(c -> assertThat(c.scored()).isZero());
    }
  }

  @Test
  void coverage_sharesOfScoredWeightByBasis() {
    Assessment r = assess(ScoringModel.DEFAULT, "yes", "unknown", "partial", "not_applicable");

    // a1 (1) and b1 (2) rest on answers; a2 (3) on nothing; b2 is left out.
    assertThat(r.coverage().answers()).isCloseTo(0.5, within(1e-12));
    assertThat(r.coverage().none()).isCloseTo(0.5, within(1e-12));
    assertThat(r.coverage().data()).isZero();
  }

  @Test
  void unknownAndErrorAndContradicted_scoreZero() {
    Assessment r = assess(ScoringModel.FLAT, "unknown", "unknown", "unknown", "unknown");

    assertThat(r.items()).allSatisfy(i -> assertThat(i.score()).isZero());
    assertThat(r.score()).isZero();
  }

  @Test
  void scoringModel_namesFromTheCommandLine() {
    assertThat(ScoringModel.of("flat-unweighted")).isEqualTo(ScoringModel.FLAT_UNWEIGHTED);
    assertThat(ScoringModel.of("weighted")).isEqualTo(ScoringModel.DEFAULT);
    assertThat(ScoringModel.DEFAULT.uri()).isEqualTo("urn:xccdf:scoring:default");
  }
}
