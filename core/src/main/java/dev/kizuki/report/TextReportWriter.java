package dev.kizuki.report;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.DatasetReport;
import dev.kizuki.Issue;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.internal.report.Label;
import dev.kizuki.internal.report.ReportView;
import dev.kizuki.internal.report.TailoringView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text summary for a terminal, in Japanese or English: the checklist and assessment date, the
 * overall score, coverage, outcome counts, category scores with a bar, the remediation plan (the items not
 * met, ranked as in every format: by gain, then severity, then checklist order), stale answers, and the
 * problems found in the data.
 *
 * <p>Deterministic: {@code \n} line ends, numbers rounded as in every format (see the package) and written
 * without the locale, no clock; the same assessment and language always give the same characters. Terminal-safe: control
 * characters (C0, DEL, C1, so also ESC) and bidirectional overrides in any text are replaced, so a CSV cell
 * cannot move the cursor, recolour the terminal or reorder what is shown. Immutable and thread-safe.
 */
final class TextReportWriter implements ReportWriter {
  /** How many evidence rows are shown under each item. */
  static final int ROWS_SHOWN = 3;

  private static final int BAR_WIDTH = 20;

  /** A writer; it holds no state. */
  TextReportWriter() {}

  @Override
  public void write(Assessment assessment, Lang lang, Writer out) throws IOException {
    ReportView v = ReportView.of(assessment, lang);
    Lines l = new Lines(lang);
    header(v, l);
    categories(v, l);
    tailoring(v.tailoring(), l);
    plan(v, l);
    exclusions(v, l);
    staleAnswers(assessment, l);
    declarations(v, l);
    dataProblems(assessment, l);
    out.write(l.toString());
    out.flush();
  }

  /**
   * The report as a string.
   *
   * @param assessment what to report
   * @param lang the report's language
   * @return the report, {@code \n} line ends
   */
  String toText(Assessment assessment, Lang lang) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(assessment, lang, w);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void header(ReportView v, Lines l) {
    l.line(v.title() + " " + v.version() + " (" + v.checklistId() + ")");
    l.line(l.t("評価日: ", "As of: ") + v.asOf() + l.t("  採点方式: ", "  Scoring model: ") + v.scoringModel());
    l.blank();
    l.line(l.t("総合スコア: ", "Score: ") + v.score() + " / 100");
    TailoringView t = v.tailoring();
    if (!t.scoreWithWaivers().isEmpty()) {
      l.line(l.t("免除を適用したスコア: ", "Score with waivers: ") + t.scoreWithWaivers() + " / 100"
          + l.t("（総合スコアは免除を含みません）", " (the score above is without waivers)"));
    }
    TailoringView.ProfileView p = t.profile();
    if (p != null) {
      l.line(l.t("プロファイル: ", "Profile: ") + p.id() + " (" + p.chain() + l.t(")、変更 ", "), changes ")
          + p.changes().size() + l.t("、対象外の項目 ", ", items not selected ") + p.notSelected().size());
    }
    List<ReportView.Share> shares = v.coverage();
    l.line(l.t("根拠: データ ", "Coverage: data ") + shares.get(0).percent()
        + l.t("、回答のみ ", ", answers only ") + shares.get(1).percent()
        + l.t("、根拠なし ", ", nothing ") + shares.get(2).percent());
    StringBuilder counts = new StringBuilder(l.t("結果: ", "Outcomes: "));
    List<ReportView.OutcomeCount> outcomes = v.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      counts.append(i == 0 ? "" : l.t("、", ", ")).append(outcomes.get(i).label()).append(' ')
          .append(outcomes.get(i).count());
    }
    counts.append(l.t("（全 " + v.items().size() + " 項目）", " (" + v.items().size() + " items)"));
    l.line(counts.toString());
  }

  private static void categories(ReportView v, Lines l) {
    if (v.categories().isEmpty()) {
      return;
    }
    l.blank();
    l.line(l.t("カテゴリ別スコア", "Category scores"));
    for (ReportView.CategoryView c : v.categories()) {
      if (c.scored() == 0) {
        l.line("  " + bar(0, ' ') + "      -  " + c.title() + l.t("（採点対象の項目なし）", " (no scored items)"));
      } else {
        l.line("  " + bar(c.value(), '#') + " " + pad(c.score(), 6) + "  " + c.title()
            + l.t("（" + c.items() + " 項目中 " + c.passing() + " 項目合格）",
                " (" + c.passing() + " of " + c.items() + " items pass)")
            + (!c.scoreWithWaivers().isEmpty() && !c.scoreWithWaivers().equals(c.score())
                ? l.t(" 免除適用後 ", " with waivers ") + c.scoreWithWaivers() : ""));
      }
    }
  }

  private static void plan(ReportView v, Lines l) {
    l.blank();
    l.line(l.t("未達の項目（改善効果の大きい順）", "Failing items, ranked by gain"));
    if (v.plan().isEmpty()) {
      l.line(l.t("  なし", "  none"));
      return;
    }
    for (ReportView.PlanEntry p : v.plan()) {
      l.line(pad(p.rank() + ".", 4) + " " + padRight(p.status(), 12) + " +" + p.gain()
          + l.t(" 点  ", " pts  ") + p.itemId() + "  " + p.title()
          + (p.waiver().isEmpty() ? "" : "  [" + p.waiver() + "]"));
      l.line("       " + p.reason());
      ReportView.EvidenceView e = p.evidence();
      if (e != null) {
        evidence(e, l);
      }
    }
  }

  /** The profile's changes and left-out items, and the waivers; nothing when there are none. */
  private static void tailoring(TailoringView v, Lines l) {
    TailoringView.ProfileView p = v.profile();
    if (p != null) {
      l.blank();
      l.line(Label.PROFILE_CHANGES.get(l.lang) + ": " + p.id() + " " + p.title());
      for (TailoringView.ChangeView c : p.changes()) {
        l.line("  " + c.kind() + " " + c.what() + " — " + c.reason() + " (" + c.where() + ")");
      }
      if (!p.notSelected().isEmpty()) {
        l.line(Label.NOT_SELECTED.get(l.lang) + ":");
        for (TailoringView.NotSelectedView n : p.notSelected()) {
          l.line("  " + n.id() + "  " + n.title());
        }
      }
    }
    if (!v.scoreWithWaivers().isEmpty()) {
      l.blank();
      l.line(Label.WAIVERS.get(l.lang));
      if (v.waivers().isEmpty()) {
        l.line(l.t("  なし", "  none"));
      }
      for (TailoringView.WaiverView w : v.waivers()) {
        l.line("  " + w.item() + "  " + w.status() + l.t("（実際: ", " (actual: ") + w.outcome()
            + (w.statusId().equals("rows_waived") ? l.t("、免除後: ", ", with the waiver: ") + w.withWaiver() : "")
            + l.t("）", ")") + "  " + Label.EXPIRES.get(l.lang) + " " + w.expires() + "  " + w.approver() + " — "
            + w.justification());
      }
    }
  }

  private static void evidence(ReportView.EvidenceView e, Lines l) {
    List<ReportView.RowView> rows = e.rows();
    int shown = Math.min(ROWS_SHOWN, rows.size());
    for (int i = 0; i < shown; i++) {
      ReportView.RowView row = rows.get(i);
      l.line("       - " + row.source() + ":" + row.line() + " " + row.key() + " — " + row.reason());
    }
    long notPassing = e.failing() + e.unknown() + e.errors();
    long more = Math.max(notPassing, rows.size()) - shown;
    if (more > 0) {
      l.line(l.t("       - ほか " + more + " 行", "       - and " + more + " more rows"));
    }
    for (String note : e.notes()) {
      l.line("       * " + note);
    }
  }

  private static void staleAnswers(Assessment a, Lines l) {
    List<ItemResult> stale = a.items().stream()
        .filter(r -> r.answer().isPresent() && r.answer().get().stale())
        .toList();
    if (stale.isEmpty()) {
      return;
    }
    l.blank();
    l.line(l.t("古い回答（見直しが必要）", "Stale answers (to be reviewed)"));
    for (ItemResult r : stale) {
      Answer ans = r.answer().get();
      String when = ans.answeredOn().map(d -> l.t(d + " の回答", "answered " + d))
          .orElse(l.t("回答日なし", "undated"));
      l.line("  " + ans.source() + ":" + ans.line() + " " + r.id() + " — " + Label.of(ans.value()).get(l.lang) + ", " + when);
    }
  }

  private static void exclusions(ReportView v, Lines l) {
    if (v.exclusions().isEmpty()) {
      return;
    }
    l.blank();
    l.line(v.t(Label.EXCLUSIONS));
    for (ReportView.ExclusionView e : v.exclusions()) {
      l.line("  " + e.summary());
      l.line("    " + String.join(", ", e.items()));
    }
  }

  private static void declarations(ReportView v, Lines l) {
    if (v.declarations().isEmpty()) {
      return;
    }
    l.blank();
    l.line(v.t(Label.DECLARATIONS));
    for (ReportView.DeclarationView d : v.declarations()) {
      l.line("  " + d.summary());
    }
  }

  private static void dataProblems(Assessment a, Lines l) {
    List<DatasetReport> bad = a.datasets().stream().filter(d -> d.status() != DatasetReport.Status.OK).toList();
    if (bad.isEmpty() && a.dataIssues().isEmpty()) {
      return;
    }
    l.blank();
    l.line(l.t("データの問題", "Data problems"));
    for (DatasetReport d : bad) {
      l.line("  " + d.dataset() + ": " + status(d.status(), l.lang)
          + (d.sources().isEmpty() ? "" : " (" + String.join(", ", d.sources()) + ")"));
    }
    for (Issue i : a.dataIssues()) {
      l.line("  " + i.format(l.lang));
    }
  }

  private static String status(DatasetReport.Status s, Lang lang) {
    return switch (s) {
      case OK -> lang == Lang.JA ? "正常" : "ok";
      case EMPTY -> lang == Lang.JA ? "行がありません（見出しのみ。すべての行であると宣言されていなければ、行がないことを根拠にした合格・対象外は不明）"
          : "empty, a header only (unless declared complete, items that would pass or not apply for want of rows are unknown)";
      case INVALID_CELLS -> lang == Lang.JA ? "不正な値あり（その値を使う項目はエラー）"
          : "invalid cells (items that need them are errors)";
      case UNREADABLE -> lang == Lang.JA ? "読み取れません（このデータを使う項目はすべてエラー）"
          : "unreadable (every item over it is an error)";
      case MISSING -> lang == Lang.JA ? "ファイルがありません（このデータを使う項目は不明）"
          : "missing (items over it are unknown)";
    };
  }

  /** A bar of {@value #BAR_WIDTH} cells for a score of 0 to 100. */
  private static String bar(double score, char fill) {
    int filled = (int) Math.round(Math.max(0, Math.min(100, score)) * BAR_WIDTH / 100.0);
    return "[" + String.valueOf(fill).repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** {@code s} padded to {@code width} terminal columns, counting East Asian wide characters as two. */
  private static String padRight(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += wide(s.charAt(i)) ? 2 : 1;
    }
    return w >= width ? s : s + " ".repeat(width - w);
  }

  private static boolean wide(char c) {
    return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
        || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
        || (c >= '\uFFE0' && c <= '\uFFE6');
  }

  /**
   * {@code s} safe to print on a terminal as one line: C0 and C1 controls and DEL (so ESC and CSI too) become
   * U+FFFD, line breaks and tabs become spaces, and bidirectional controls (U+202A–U+202E, U+2066–U+2069,
   * U+200E, U+200F, U+061C) are dropped. Returns {@code s} itself when there is nothing to replace. For tools
   * that print text from checklists or data next to this writer's output.
   *
   * @param s any text
   * @return the text, safe to print as one line
   */
  static String terminalSafe(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = replacement(c);
      if (replacement == null) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      sb.append(replacement);
    }
    return sb == null ? s : sb.toString();
  }

  private static @Nullable String replacement(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return " ";
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return "\uFFFD";
    }
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C') {
      return "";
    }
    return null;
  }

  /** Collects lines, each cleaned and ended with {@code \n}. */
  private static final class Lines {
    final Lang lang;
    private final StringBuilder sb = new StringBuilder(4096);

    Lines(Lang lang) {
      this.lang = lang;
    }

    String t(String ja, String en) {
      return lang == Lang.JA ? ja : en;
    }

    void line(String s) {
      sb.append(terminalSafe(s)).append('\n');
    }

    void blank() {
      sb.append('\n');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
