package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every report says why items do not apply (issue 13, point 5) and lists every declaration that a dataset is
 * complete (point 8), from the one report model. Mini checklist: DRILL does not apply when no system has a
 * standby, POLICY is answered not applicable, services is a header declared complete.
 */
class ExclusionsAndDeclarationsReportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final String DRILL_EN = "1 item does not apply because no row of systems is in their scope:"
      + " standby_count ≥ 1 (systems: 3 rows, none in scope)";
  private static final String DRILL_JA = "1 項目は systems に「standby_count ≥ 1」の行がないため該当しません（systems: 3 行、すべて対象外）";
  private static final String POLICY_EN = "1 item does not apply: it was answered not applicable";
  private static final String DECLARED_EN = "services: declared complete by 情報システム部 山田 on 2026-11-29"
      + " (外部スキャン(2026-11-28)の全結果) — Inputs.builder()";
  private static final String DECLARED_JA = "services: 情報システム部 山田 が 2026-11-29 にすべての行であると宣言"
      + "（外部スキャン(2026-11-28)の全結果） — Inputs.builder()";

  private static Assessment assessment() {
    CompiledChecklist mini = CompiledChecklist.compile(
        ChecklistLoader.create().parse("mini.yaml", ReportSamples.resource("checklists/mini.yaml")));
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(system("S1"), system("S2"), system("S3")))
        .table("services", "services.csv", List.of("host", "port", "allowed_sources"), List.of())
        .declareComplete("services", "情報システム部 山田", LocalDate.of(2026, 11, 29), "外部スキャン(2026-11-28)の全結果")
        .rows("answers", List.of(Map.of("item_id", "POLICY", "answer", "not_applicable", "answered_on", "2026-11-01")))
        .build();
    return mini.assess(inputs, AssessmentOptions.asOf(AS_OF));
  }

  private static Map<String, String> system(String id) {
    return Map.of("system_id", id, "criticality", "low", "standby_count", "0");
  }

  @Test
  void text_listsEachExclusionWithItsItemsAndEveryDeclaration() {
    String en = ReportSamples.render(new TextReportWriter(), assessment(), Lang.EN);
    String ja = ReportSamples.render(new TextReportWriter(), assessment(), Lang.JA);

    assertThat(en).contains("Items not applicable, and why\n  " + DRILL_EN + "\n    DRILL\n  " + POLICY_EN
        + "\n    POLICY\n")
        .contains("Declarations that a dataset is complete\n  " + DECLARED_EN + "\n")
        .contains("  services: empty, a header only");
    assertThat(ja).contains("該当しない項目とその理由\n  " + DRILL_JA + "\n    DRILL\n")
        .contains("1 項目は回答で「該当なし」とされているため該当しません\n    POLICY\n")
        .contains("すべての行であるとの宣言\n  " + DECLARED_JA + "\n");
  }

  @Test
  void json_givesExclusionsAndDeclarationsAsData() {
    String json = new JsonReportWriter().toJson(assessment());

    assertThat(json).contains("""
          "exclusions": [
            {
              "basis": "data",
              "dataset": "systems",
              "scope": {
                "ja": "standby_count ≥ 1",
                "en": "standby_count ≥ 1"
              },
              "rows": 3,
              "items": [
                "DRILL"
              ],
              "summary": {
                "ja": "%s",
                "en": "%s"
              }
            },
            {
              "basis": "answer",
        """.formatted(DRILL_JA, DRILL_EN))
        .contains("""
          "declarations": [
            {
              "dataset": "services",
              "complete": true,
              "declared_by": "情報システム部 山田",
              "declared_on": "2026-11-29",
              "note": "外部スキャン(2026-11-28)の全結果",
              "source": "Inputs.builder()",
              "line": 0,
              "path": "declareComplete(services)"
            }
          ],
        """)
        .contains("\"status\": \"empty\"");
  }

  @Test
  void everyOtherFormat_showsTheSameSentences() {
    Assessment a = assessment();
    for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV, ReportFormat.JUNIT,
        ReportFormat.OSCAL)) {
      // Markdown backslash-escapes its punctuation; the words are what is compared.
      String en = ReportSamples.render(f.writer(), a, Lang.EN).replace("\\", "");
      assertThat(en).as(f.name()).contains(DRILL_EN, "POLICY",
          "情報システム部 山田", "2026-11-29", "外部スキャン(2026-11-28)の全結果");
    }
  }
}
