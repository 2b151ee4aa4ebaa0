package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cells, waiver row keys, rule literals and profile parameters are read by one value parser, so text
 * written for a typed value takes the same forms everywhere ({@code 2026/4/1}, {@code 令和8年4月1日}, はい,
 * full-width digits, thousands separators).
 */
class OneValueParserTest {
  private static final TailoringLoader LOADER = TailoringLoader.create();

  /** The harness item with {@code require}, judged on one row of {@code t}. */
  private static Outcome judge(String require, String... cells) {
    return new RuleHarness(require).judge(cells);
  }

  @Test
  void compile_dateLiteralWrittenAsInCells_comparesAsThatDate() {
    for (String written : List.of("\"2026/4/1\"", "\"令和8年4月1日\"", "\"2026年4月1日\"", "R8.4.1")) {
      assertThat(judge("{field: day, eq: " + written + "}", "day", "2026-04-01")).as(written).isEqualTo(Outcome.PASS);
      assertThat(judge("{field: day, eq: " + written + "}", "day", "2026-04-02")).as(written).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void compile_booleanAndNumberLiteralsWrittenAsInCells_compareAsThoseValues() {
    assertThat(judge("{field: b, eq: はい}", "b", "true")).isEqualTo(Outcome.PASS);
    assertThat(judge("{field: b, eq: はい}", "b", "いいえ")).isEqualTo(Outcome.FAIL);
    assertThat(judge("{field: n, ge: \"1,000\"}", "n", "1000")).isEqualTo(Outcome.PASS);
    assertThat(judge("{field: n, ge: \"１０００\"}", "n", "999")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void compile_enumLiteralBySynonym_isItsCanonicalValue() {
    assertThat(judge("{field: e, eq: 高}", "e", "high")).isEqualTo(Outcome.PASS);
    assertThat(judge("{field: e, in: [ＨＩＧＨ]}", "e", "高")).isEqualTo(Outcome.PASS);
  }

  @Test
  void apply_parameterWrittenAsInCells_isThatValue() {
    Profile p = LOADER.parseProfile("p.yaml", "format: kizuki-profile/1\nid: p\ntitle: {ja: p, en: p}\n"
        + "checklist: mini\nchanges:\n"
        + "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: \"１,０００\"}\n    reason: r\n");
    Item failover = p.applyTo(TailoringTest.MINI).checklist().item("FAILOVER").orElseThrow();
    assertThat(failover.parameter("max_age_days").orElseThrow().value()).isEqualTo(1000L);
  }

  @Test
  void rowKeyLiteralAndCell_acceptTheSameDateForms() {
    // A waiver key, a rule literal and a cell, each written in a different accepted form of one date.
    Checklist keyed = ChecklistLoader.create().parse("k.yaml", RuleHarness.HEADER.formatted(
        "{field: day, ne: \"令和8年4月1日\"}").replace("key: id", "key: day"));
    Waivers w = LOADER.parseWaivers("w.yaml", "format: kizuki-waivers/1\nwaivers:\n  - item: I\n"
        + "    justification: {ja: 理由, en: reason}\n    approver: CISO\n    expires: 2027-03-31\n"
        + "    rows: [R8.4.1]\n");
    Inputs in = Inputs.builder().rows("t", List.of(Map.of("id", "a", "day", "2026/4/1"),
        Map.of("id", "b", "day", "2026-04-02"))).build();

    Assessment a = CompiledChecklist.builder(keyed).waivers(w).build().assess(in, Fixtures.options());

    WaiverReport.Entry e = a.waivers().forItem("I").orElseThrow();
    assertThat(a.item("I").orElseThrow().outcome()).isEqualTo(Outcome.PARTIAL); // the 4/1 row fails ne
    assertThat(e.outcomeWithWaiver()).isEqualTo(Outcome.PASS); // and it is the row the key waives
  }
}
