package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one ranking rule (gain as shown, then severity, then checklist order) in every writer: three unmet items
 * of equal gain, the low-severity one first in the checklist. The text report used to break ties by id and the
 * HTML report by severity, so they disagreed.
 */
class ReportRankingTest {
  private static final String CHECKLIST = String.join("\n",
      "format: kizuki-checklist/1",
      "id: tie",
      "version: \"1\"",
      "title: {ja: 同点, en: Tie}",
      "cases:",
      "  - id: case-1",
      "    title: {ja: 事例1, en: Case 1}",
      "lessons:",
      "  - id: L1",
      "    case: case-1",
      "    title: {ja: 教訓1, en: Lesson 1}",
      "categories:",
      "  - id: gov",
      "    title: {ja: 統制, en: Governance}",
      "items:",
      item("A-LOW", "low"),
      item("B-HIGH", "high"),
      item("C-HIGH", "high"),
      "");

  private static String item(String id, String severity) {
    return String.join("\n",
        "  - id: " + id,
        "    category: gov",
        "    title: {ja: " + id + ", en: " + id + "}",
        "    question: {ja: ありますか, en: Is there one?}",
        "    rationale: {ja: 理由, en: Why}",
        "    remediation: {ja: 作る, en: Make one}",
        "    lessons: [L1]",
        "    severity: " + severity,
        "    weight: 1",
        "    check:",
        "      question: true");
  }

  private static Assessment tie() {
    CompiledChecklist c = CompiledChecklist.compile(ChecklistLoader.create().parse("tie.yaml", CHECKLIST));
    Inputs answers = Inputs.builder().rows("answers", List.of(
        TextReportFixture.row("item_id", "A-LOW", "answer", "no", "answered_on", "2026-11-01"),
        TextReportFixture.row("item_id", "B-HIGH", "answer", "no", "answered_on", "2026-11-01"),
        TextReportFixture.row("item_id", "C-HIGH", "answer", "no", "answered_on", "2026-11-01"))).build();
    return c.assess(answers, AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)));
  }

  private static final List<String> RANKED = List.of("B-HIGH", "C-HIGH", "A-LOW");

  @Test
  void write_equalGains_everyFormatRanksBySeverityThenChecklistOrder() {
    Assessment a = tie();
    assertThat(a.items()).extracting(r -> r.gain()).containsOnly(a.items().get(0).gain());

    assertThat(ids(render(ReportFormat.TEXT), "^ *\\d+\\. .*?\\+[0-9.]+ pts  (\\S+)")).isEqualTo(RANKED);
    assertThat(ids(render(ReportFormat.MD).replace("\\-", "-"), "^\\d+\\. \\*\\*(\\S+) ")).isEqualTo(RANKED);
    assertThat(ids(render(ReportFormat.HTML), "<h3>\\d+\\. <a href=\"#item-([^\"]+)\"")).isEqualTo(RANKED);
    assertThat(ids(render(ReportFormat.JSON).replaceAll("(?s).*\"plan\": \\[(.*?)].*", "$1"), "\"([^\"]+)\""))
        .isEqualTo(RANKED);
    assertThat(ids(render(ReportFormat.CSV), "^item,([^,]+),(?:[^,]*,){36}(\\d+)\r?$"))
        .as("CSV item rows in checklist order carry their plan rank").isEqualTo(List.of("A-LOW", "B-HIGH", "C-HIGH"));
    assertThat(ids(render(ReportFormat.CSV), "^item,[^,]+,(?:[^,]*,){36}(\\d+)\r?$")).containsExactly("3", "1", "2");
  }

  private static String render(ReportFormat format) {
    return ReportSamples.render(format.writer(), tie(), Lang.EN);
  }

  private static List<String> ids(String out, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
