package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waivers: expiry on the assessment date, the honest and the waived scores, row waivers, strict files. */
class WaiverTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final CompiledChecklist MINI = CompiledChecklist.compile(TailoringTest.MINI);
  private static final TailoringLoader LOADER = TailoringLoader.create();

  /** Three high systems: sys-a tested recently, sys-b and sys-c long ago; RDP open on one host. */
  private static final Inputs INPUTS = Inputs.builder()
      .rows("systems", List.of(
          row("system_id", "sys-a", "criticality", "high", "last_failover_test", "2026-06-01", "standby_count", "1"),
          row("system_id", "sys-b", "criticality", "high", "last_failover_test", "2023-01-01", "standby_count", "1"),
          row("system_id", "sys-c", "criticality", "high", "last_failover_test", "2023-01-01", "standby_count", "1")))
      .rows("services", List.of(row("host", "gw", "port", "3389", "allowed_sources", "any")))
      .build();

  private static Map<String, String> row(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Waivers waivers(String... entries) {
    return LOADER.parseWaivers("waivers.yaml", "format: kizuki-waivers/1\nwaivers:\n" + String.join("", entries));
  }

  private static String waiver(String item, String expires, String extra) {
    return "  - item: " + item + "\n    justification: {ja: 理由, en: reason}\n    approver: CISO\n    expires: "
        + expires + "\n" + extra;
  }

  private static Assessment assess(Waivers w) {
    return CompiledChecklist.builder(TailoringTest.MINI).waivers(w).build().assess(INPUTS, AssessmentOptions.asOf(AS_OF));
  }

  @Test
  void waiver_expiringOnTheAssessmentDate_stillApplies() {
    Assessment a = assess(waivers(waiver("RDP", "2026-11-30", "")));
    assertThat(a.waivers().forItem("RDP").orElseThrow().status()).isEqualTo(WaiverReport.Status.WAIVED);
  }

  @Test
  void waiver_expiredTheDayBefore_doesNotApplyAndIsReported() {
    Assessment plain = assess(Waivers.NONE);
    Assessment a = assess(waivers(waiver("RDP", "2026-11-29", "")));
    WaiverReport.Entry e = a.waivers().forItem("RDP").orElseThrow();
    assertThat(e.status()).isEqualTo(WaiverReport.Status.EXPIRED);
    assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.scoreWithWaivers()).isEqualTo(a.score()).isEqualTo(plain.score());
  }

  @Test
  void waivedItem_leavesTheHonestScoreAndIsLeftOutOfTheWaivedScore() {
    Assessment plain = assess(Waivers.NONE);
    Assessment a = assess(waivers(waiver("FAILOVER", "2027-03-31", "")));
    Assessment withoutFailover = CompiledChecklist.compile(LOADER.parseProfile("p.yaml",
        "format: kizuki-profile/1\nid: p\ntitle: {ja: p, en: p}\nchecklist: mini\nchanges:\n"
            + "  - deselect: {item: FAILOVER}\n    reason: r\n").applyTo(TailoringTest.MINI))
        .assess(INPUTS, AssessmentOptions.asOf(AS_OF));

    assertThat(a.score()).isEqualTo(plain.score());
    // FAILOVER is high: a failing row fails it, no partial credit.
    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(a.scoreWithWaivers()).isCloseTo(withoutFailover.score(), within(1e-9));
    for (int c = 0; c < a.categories().size(); c++) {
      assertThat(a.categories().get(c).scoreWithWaivers()).as(a.categories().get(c).category().id())
          .isCloseTo(withoutFailover.categories().get(c).score(), within(1e-9));
    }
  }

  @Test
  void rowWaiver_judgesTheItemOnItsOtherRows() {
    Assessment plain = assess(Waivers.NONE);
    Assessment a = assess(waivers(waiver("FAILOVER", "2027-03-31", "    rows: [sys-b, sys-c]\n")));
    WaiverReport.Entry e = a.waivers().forItem("FAILOVER").orElseThrow();
    assertThat(e.status()).isEqualTo(WaiverReport.Status.ROWS_WAIVED);
    assertThat(e.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(e.outcomeWithWaiver()).isEqualTo(Outcome.PASS);
    assertThat(e.scoreWithWaiver()).isEqualTo(1.0);
    assertThat(a.item("FAILOVER").orElseThrow().evidence().failing()).isEqualTo(2);
    assertThat(a.score()).isEqualTo(plain.score());
    assertThat(a.scoreWithWaivers()).isGreaterThan(a.score());
  }

  @Test
  void waiverWithoutEvaluation_makesTheItemUnknownInTheHonestScore() {
    Inputs fixed = Inputs.builder().rows("services", List.of(row("host", "vpn", "port", "443"))).build();
    Assessment plain = MINI.assess(fixed, AssessmentOptions.asOf(AS_OF));
    Assessment a = CompiledChecklist.builder(TailoringTest.MINI)
        .waivers(waivers(waiver("RDP", "2027-03-31", "    evaluate: false\n"))).build()
        .assess(fixed, AssessmentOptions.asOf(AS_OF));
    assertThat(plain.item("RDP").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    ItemResult rdp = a.item("RDP").orElseThrow();
    assertThat(rdp.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(rdp.reason().en()).startsWith("not evaluated");
    assertThat(a.score()).isLessThan(plain.score());
    assertThat(a.count(Outcome.PASS)).isEqualTo(plain.count(Outcome.PASS) - 1);
  }

  @Test
  void waiverForUnknownItem_isAnErrorAtTheWaiver() {
    assertThatThrownBy(() -> assess(waivers(waiver("NOPE", "2027-03-31", ""))))
        .isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.format(Lang.EN))
            .isEqualTo("waivers.yaml:3:5: waivers[0].item: checklist mini has no item \"NOPE\""));
  }

  @Test
  void rowWaiverOfQuestionnaireItem_isAnError() {
    assertThatThrownBy(() -> assess(waivers(waiver("POLICY", "2027-03-31", "    rows: [x]\n"))))
        .isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.format(Lang.EN))
            .isEqualTo("waivers.yaml:3:5: waivers[0].rows: item POLICY has no data rule, so no rows can be waived"));
  }

  @Test
  void waiverFile_duplicateItemAndRowsWithoutEvaluation_areErrors() {
    assertThatThrownBy(() -> waivers(waiver("RDP", "2027-03-31", ""), waiver("RDP", "2027-03-31", "")))
        .isInstanceOf(ChecklistException.class)
        .hasMessageContaining("waivers.yaml:7:5: waivers[1].item: a second waiver for item \"RDP\" (the first is at line 3)");
    assertThatThrownBy(() -> waivers(waiver("FAILOVER", "2027-03-31", "    rows: [a]\n    evaluate: false\n")))
        .isInstanceOf(ChecklistException.class).hasMessageContaining("waivers[0].evaluate");
    assertThatThrownBy(() -> waivers(waiver("RDP", "31.3.2027", "")))
        .isInstanceOf(ChecklistException.class).hasMessageContaining("waivers[0].expires: expected a date");
  }

  @Test
  void waiverExpires_inTheFormsDataDatesTake_readsTheSameDay() {
    LocalDate day = LocalDate.of(2027, 3, 31);
    for (String form : List.of("2027-03-31", "2027/3/31", "'2027/03/31'", "2027年3月31日", "令和9年3月31日", "R9.3.31")) {
      assertThat(waivers(waiver("RDP", form, "")).forItem("RDP").orElseThrow().expires()).as(form).isEqualTo(day);
    }
  }

  @Test
  void waiverExpires_noSuchDay_isReportedWithTheDataWording() {
    assertThatThrownBy(() -> waivers(waiver("RDP", "2027/2/30", "")))
        .isInstanceOf(ChecklistException.class)
        .hasMessageContaining("waivers.yaml:6:5: waivers[0].expires: expected a date")
        .hasMessageContaining("found \"2027/2/30\" (no such day)");
  }

  @Test
  void waiverOfItemNotSelectedByTheProfile_isReportedNotApplied() {
    Tailoring t = LOADER.parseProfile("p.yaml", "format: kizuki-profile/1\nid: p\ntitle: {ja: p, en: p}\n"
        + "checklist: mini\nchanges:\n  - deselect: {item: RDP}\n    reason: r\n").applyTo(TailoringTest.MINI);
    Assessment a = CompiledChecklist.builder(t).waivers(waivers(waiver("RDP", "2027-03-31", ""))).build()
        .assess(INPUTS, AssessmentOptions.asOf(AS_OF));
    assertThat(a.waivers().forItem("RDP").orElseThrow().status()).isEqualTo(WaiverReport.Status.NOT_SELECTED);
    assertThat(a.scoreWithWaivers()).isEqualTo(a.score());
  }
}
