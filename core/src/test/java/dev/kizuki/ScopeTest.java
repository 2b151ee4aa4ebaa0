package dev.kizuki;

import static dev.kizuki.Fixtures.row;
import static dev.kizuki.testing.ChecklistYaml.checklist;
import static dev.kizuki.testing.ChecklistYaml.column;
import static dev.kizuki.testing.ChecklistYaml.dataset;
import static dev.kizuki.testing.ChecklistYaml.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scope cannot make items vanish (issue 13, point 5): NOT_APPLICABLE never comes from a blank scope cell.
 * A {@code where} that cannot be told on a row (a blank cell) counts the row as unknown, so an item whose
 * rows are all blank or out of scope, with at least one blank, is UNKNOWN.
 */
class ScopeTest {
  private static final String TIER = "{name: tier, type: enum, description: {ja: 区分, en: Tier}, values: "
      + "[{value: high, label: {ja: 高, en: High}}, {value: medium, label: {ja: 中, en: Medium}}, "
      + "{value: low, label: {ja: 低, en: Low}}]}";

  /** Three scopes of the same meaning, written three ways: in, eq under any, and not. */
  private static final CompiledChecklist SCOPED = CompiledChecklist.compile(ChecklistLoader.create().parse("s.yaml",
      checklist("scoped",
          dataset("systems", "system_id", column("system_id", "string", true), TIER,
              column("tested", "boolean", false)),
          scoped("IN", "{field: tier, in: [high]}"),
          scoped("ANY", "{any: [{field: tier, eq: high}, {field: system_id, eq: never-matches}]}"),
          scoped("NOT", "{not: {field: tier, in: [medium, low]}}"))));

  private static String scoped(String id, String where) {
    return item(id, "    check:\n      allow_not_applicable: true\n      data:\n        dataset: systems\n"
        + "        where: " + where + "\n        require: {field: tested, eq: true}\n        expect: all\n"
        + "        when_empty: not_applicable\n");
  }

  private static Assessment assess(List<String> tiers) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      rows.add(row("system_id", "S" + i, "tier", tiers.get(i), "tested", "true"));
    }
    return SCOPED.assess(Inputs.builder().rows("systems", rows).build(), Fixtures.options());
  }

  /** Every mix of up to four rows of blank, medium and low tiers that has at least one blank. */
  static Stream<List<String>> blankOrOutOfScope() {
    List<List<String>> mixes = new ArrayList<>();
    String[] tiers = {"", "medium", "low"};
    for (int n = 1; n <= 4; n++) {
      int total = (int) Math.pow(3, n);
      for (int code = 0; code < total; code++) {
        List<String> mix = new ArrayList<>();
        for (int k = 0, c = code; k < n; k++, c /= 3) {
          mix.add(tiers[c % 3]);
        }
        if (mix.contains("")) {
          mixes.add(mix);
        }
      }
    }
    return mixes.stream();
  }

  @ParameterizedTest
  @MethodSource("blankOrOutOfScope")
  void blankScopeCell_amongOutOfScopeRows_isUnknownNeverNotApplicable(List<String> tiers) {
    Assessment a = assess(tiers);

    assertThat(a.items()).allSatisfy(r -> assertThat(r.outcome()).as(r.id()).isEqualTo(Outcome.UNKNOWN));
  }

  @Test
  void blankScopeCell_saysTheRowsCannotBeJudged() {
    ItemResult r = assess(List.of("", "low")).item("IN").orElseThrow();

    assertThat(r.reason().en()).isEqualTo("none of the 1 applicable rows can be judged: cells the rule needs are"
        + " blank, or data it refers to is missing");
    assertThat(r.evidence().unknown()).isEqualTo(1);
    assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("S0");
  }

  @Test
  void everyRowOutOfScope_isNotApplicable() {
    Assessment a = assess(List.of("low", "medium", "low"));

    assertThat(a.items()).allSatisfy(r -> assertThat(r.outcome()).as(r.id()).isEqualTo(Outcome.NOT_APPLICABLE));
  }
}
