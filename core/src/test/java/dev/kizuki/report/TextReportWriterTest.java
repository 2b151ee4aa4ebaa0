package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {
  private final TextReportWriter writer = new TextReportWriter();

  @Test
  void write_mixedEnglish_showsHeaderScoreCoverageAndCounts() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.EN);

    assertThat(text).startsWith("Mini 1.0 (mini)\nAs of: 2026-11-30  Scoring model: Default (weighted by category)\n\nScore: 25.00 / 100\n")
        .contains("Coverage: data 8.3%, answers only 50.0%, nothing 41.7%\n")
        .contains("Outcomes: Pass 1, Partial 1, Fail 1, Unknown 1, Error 1, Not applicable 0, Contradicted 0"
            + " (5 items)\n");
  }

  @Test
  void write_mixedEnglish_showsCategoryBars() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.EN);

    assertThat(text).contains("Category scores\n"
        + "  [##..................]   8.33  Resilience (0 of 3 items pass)\n"
        + "  [#######.............]  33.33  Exposure (1 of 2 items pass)\n");
  }

  @Test
  void write_mixed_ranksUnmetItemsByGain() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.EN);

    List<String> ranked = text.lines().filter(l -> l.matches(" *\\d+\\. .*")).toList();
    assertThat(ranked).hasSize(4);
    assertThat(ranked.get(0)).isEqualTo("  1. Fail         +44.44 pts  RDP  RDP");
    assertThat(ranked.get(1)).contains("Error", "+16.67 pts  FAILOVER  Failover test");
    assertThat(ranked.get(2)).contains("Unknown", "+11.11 pts  RESTORE  Restore test");
    assertThat(ranked.get(3)).contains("Partial", "+2.78 pts  DRILL  Drill");
    assertThat(text).doesNotContain("POLICY  Policy");
  }

  @Test
  void write_mixed_showsReasonEvidenceRowsAndNotes() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.EN);

    assertThat(text)
        .contains("       1 row holds invalid values the rule needs\n"
            + "       - systems (in memory):2 S1 — last_failover_test = 2020-01-01"
            + " (needed: last_failover_test within the last 365 days)\n"
            + "       - systems (in memory):3 S2 — last_failover_test holds an invalid value (see data issues)\n")
        .contains("       * no data was given for dataset services (services.csv)\n");
  }

  @Test
  void write_mixed_listsStaleAnswersThenDataProblems() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.EN);

    assertThat(text).endsWith("Stale answers (to be reviewed)\n"
        + "  answers (in memory):3 RDP — No, undated\n"
        + "  answers (in memory):2 POLICY — Yes, answered 2020-01-01\n"
        + "\n"
        + "Data problems\n"
        + "  systems: invalid cells (items that need them are errors) (systems (in memory))\n"
        + "  backups: missing (items over it are unknown)\n"
        + "  services: missing (items over it are unknown)\n"
        + "  systems (in memory):3:3: last_failover_test: expected a date (yyyy-MM-dd, yyyy/M/d or a Japanese"
        + " era date such as 令和2年1月5日), found \"bad\"\n");
  }

  @Test
  void write_mixedJapanese_usesJapaneseLabelsAndTexts() {
    String text = writer.toText(TextReportFixture.mixed(), Lang.JA);

    assertThat(text).startsWith("ミニ 1.0 (mini)\n評価日: 2026-11-30  採点方式: カテゴリ別の加重平均\n")
        .contains("総合スコア: 25.00 / 100\n")
        .contains("根拠: データ 8.3%、回答のみ 50.0%、根拠なし 41.7%\n")
        .contains("未達の項目（改善効果の大きい順）\n")
        .contains("不合格")
        .contains("  1. 不合格       +44.44 点  RDP  RDP\n")
        .contains("1 行で必要な値が不正なため評価できません")
        .contains("データの問題\n")
        .contains("日付（yyyy-MM-dd");
    assertThat(text).doesNotContain("Score", "Failing");
  }

  @Test
  void write_allPassing_saysNoneAndOmitsProblemSections() {
    String text = writer.toText(TextReportFixture.clean(), Lang.EN);

    assertThat(text).contains("Score: 100.00 / 100\n")
        .contains("Failing items, ranked by gain\n  none\n")
        .doesNotContain("Stale answers", "Data problems");
  }

  @Test
  void write_sameAssessmentTwice_isIdenticalAndUsesOnlyLineFeeds() throws IOException {
    Assessment a = TextReportFixture.mixed();
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();

    writer.write(a, Lang.JA, first);
    writer.write(TextReportFixture.mixed(), Lang.JA, second);

    assertThat(first.toString()).isEqualTo(second.toString()).doesNotContain("\r").endsWith("\n");
  }

  @Test
  void write_keyWithEscapeSequenceAndBidiOverride_isNeutralized() {
    String hostile = "S1\u001B[31m\u009B2J\u202Eevil\u2066\u0007\u007F\nnext";

    String text = writer.toText(TextReportFixture.withKey(hostile), Lang.EN);

    assertThat(text).doesNotContain("\u001B", "\u009B", "\u202E", "\u2066", "\u0007", "\u007F")
        .contains("S1\uFFFD[31m\uFFFD2Jevil\uFFFD\uFFFD next — ");
    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
  }

  @Test
  void terminalSafe_plainText_isReturnedAsIs() {
    String s = "日本語 and ASCII — 100%";

    assertThat(TextReportWriter.terminalSafe(s)).isSameAs(s);
  }

  @Test
  void terminalSafe_tabsAndLineBreaks_becomeSpaces() {
    assertThat(TextReportWriter.terminalSafe("a\tb\r\nc")).isEqualTo("a b  c");
  }
}
