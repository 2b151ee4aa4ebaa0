package dev.kizuki.internal.report;

import dev.kizuki.Answer;
import dev.kizuki.Basis;
import dev.kizuki.DatasetReport;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.Severity;

/** Every fixed text of the human-readable reports (headings, labels, status names), in Japanese and English. */
public enum Label {
  REPORT_TITLE("自己点検レポート", "Self-assessment report"),
  CHECKLIST("チェックリスト", "Checklist"),
  VERSION("版", "Version"),
  AS_OF("基準日", "As of"),
  SCORING_MODEL("採点方式", "Scoring model"),
  OVERALL_SCORE("総合スコア", "Overall score"),
  COVERAGE("スコアの根拠", "What the score rests on"),
  COVERAGE_DATA("データで確認", "Data"),
  COVERAGE_ANSWERS("回答のみ", "Answers only"),
  COVERAGE_NONE("根拠なし", "Nothing"),
  CATEGORY_SCORES("カテゴリ別スコア", "Category scores"),
  ITEM_STATUSES("項目の判定", "Item statuses"),
  REMEDIATION_PLAN("改善計画", "Remediation plan"),
  REMEDIATION_PLAN_INTRO(
      "満たしていない項目を、満たしたときに総合スコアが上がる幅の大きい順に並べています。",
      "Items not met, ranked by how much the overall score would rise if each were met."),
  FIX_CONTROLS("直すべき管理策", "Fix these controls"),
  FIX_CONTROLS_INTRO("データや回答が基準を満たしていない項目です。", "The data or the answers show these are not met."),
  BRING_EVIDENCE("用意すべき根拠", "Bring this evidence"),
  BRING_EVIDENCE_INTRO(
      "根拠がないため判定できない項目です。まずファイルを用意するか回答してください。",
      "These cannot be judged for lack of evidence: supply the file or answer first."),
  SUPPLY_OR_ANSWER("{0} を用意するか、質問に回答してください", "Supply {0} or answer the question"),
  RENEW_ANSWER("回答が古いため、日付を付けて回答し直してください", "The answer is stale: answer again, with the date"),
  ANSWER_QUESTION("質問に回答してください: {0}", "Answer the question: {0}"),
  WHY("理由", "Why"),
  DETAILS("詳細", "Details"),
  NOTHING_TO_REMEDIATE("改善が必要な項目はありません。", "No item needs remediation."),
  GAIN("改善幅", "Gain"),
  POINTS("点", "points"),
  ITEMS("項目", "Items"),
  ITEM("項目", "Item"),
  TITLE("名称", "Title"),
  STATUS("判定", "Status"),
  SCORE("スコア", "Score"),
  WEIGHT("重み", "Weight"),
  SEVERITY("重要度", "Severity"),
  CATEGORY("カテゴリ", "Category"),
  BASIS("判定の根拠", "Basis"),
  QUESTION("質問", "Question"),
  LESSONS("教訓", "Lessons"),
  MEASURES("対策", "Measures"),
  INCIDENT_CASES("事例", "Incident cases"),
  RULE("確認ルール", "Rule"),
  NO_RULE("データによる確認はありません（質問票のみ）。", "No data rule (questionnaire only)."),
  REASON("理由", "Reason"),
  REMEDIATION("改善策", "Remediation"),
  EVIDENCE("データの根拠", "Evidence"),
  DATASET("データセット", "Dataset"),
  DATA_PROVIDED("データ提供", "Data provided"),
  DATA_STATUS("データのみの判定", "Status from data alone"),
  APPLICABLE("対象行", "Applicable rows"),
  PASSING("合格行", "Passing"),
  PASSING_ITEMS("合格項目", "Passing"),
  FAILING("不合格行", "Failing"),
  UNKNOWN_ROWS("不明行", "Unknown"),
  ERROR_ROWS("エラー行", "Errors"),
  FAILING_ROWS("満たしていない行", "Rows not passing"),
  ROWS_SHOWN("（先頭の {0} 行を表示）", "(first {0} shown)"),
  FILE("ファイル", "File"),
  LINE("行", "Line"),
  KEY("キー", "Key"),
  RESULT("結果", "Result"),
  NOTES("注記", "Notes"),
  ANSWER("自己申告の回答", "Self-declared answer"),
  NO_ANSWER("回答なし", "No answer"),
  ANSWER_VALUE("回答", "Answer"),
  ANSWER_EVIDENCE("回答の根拠", "Backed by"),
  ANSWERED_BY("回答者", "Answered by"),
  ANSWERED_ON("回答日", "Answered on"),
  UNDATED("日付なし", "undated"),
  STALE("古い回答です（期限切れまたは日付なし）。", "The answer is stale (too old or undated)."),
  CONTRADICTED_NOTE("回答はデータと矛盾しています。", "The answer is contradicted by the data."),
  DATASETS("読み込んだデータ", "Data read"),
  SOURCES("ソース", "Sources"),
  ROWS("行数", "Rows"),
  ENCODINGS("文字コード", "Encodings"),
  DATA_ISSUES("データの問題", "Data issues"),
  EXCLUSIONS("該当しない項目とその理由", "Items not applicable, and why"),
  NO_EXCLUSIONS("該当しない項目はありません。", "Every item applies."),
  DECLARATIONS("すべての行であるとの宣言", "Declarations that a dataset is complete"),
  NO_DECLARATIONS(
      "宣言はありません。行のないデータセットは、何もないことの根拠になりません。",
      "No declarations: a dataset with no rows is no evidence that nothing exists."),
  DECLARED_BY("宣言者", "Declared by"),
  DECLARED_ON("宣言日", "Declared on"),
  DECLARATION("宣言", "Declaration"),
  NOTE("備考", "Note"),
  NO_DATA_ISSUES("データの問題はありません。", "No data issues."),
  YES("はい", "yes"),
  NO("いいえ", "no"),
  NONE("なし", "none"),
  COUNT("件数", "Count"),
  SCORE_WITH_WAIVERS("免除を適用したスコア", "Score with waivers"),
  HONEST_SCORE_NOTE("総合スコアは免除を含まない実際の値です。", "The overall score is the honest one, without waivers."),
  PROFILE("テーラリング・プロファイル", "Tailoring profile"),
  PROFILE_CHAIN("継承", "Extends"),
  PROFILE_CHANGES("プロファイルによる変更", "Changes made by the profile"),
  CHANGE("変更", "Change"),
  NOT_SELECTED("プロファイルで選択されていない項目（採点対象外）", "Items not selected by the profile (not scored)"),
  WAIVERS("免除", "Waivers"),
  WAIVER("免除", "Waiver"),
  WAIVED_ROWS("免除した行", "Waived rows"),
  JUSTIFICATION("理由", "Justification"),
  APPROVER("承認者", "Approver"),
  EXPIRES("期限", "Expires"),
  OUTCOME_WITH_WAIVER("免除後の判定", "With the waiver"),
  ACTUAL_OUTCOME("実際の判定", "Actual outcome"),
  WHERE("記載箇所", "Written at"),

  WAIVER_WAIVED("免除中", "Waived"),
  WAIVER_ROWS_WAIVED("一部の行を免除中", "Rows waived"),
  WAIVER_EXPIRED("期限切れ（適用なし）", "Expired (not applied)"),
  WAIVER_NOT_SELECTED("項目が選択されていないため適用なし", "Not applied: item not selected"),

  CHANGE_SELECT_ITEM("項目を選択", "select item"),
  CHANGE_DESELECT_ITEM("項目を除外", "deselect item"),
  CHANGE_SELECT_CATEGORY("カテゴリを選択", "select category"),
  CHANGE_DESELECT_CATEGORY("カテゴリを除外", "deselect category"),
  CHANGE_SET_PARAMETER("パラメータを変更", "set parameter"),
  CHANGE_SET_ITEM_WEIGHT("項目の重みを変更", "set item weight"),
  CHANGE_SET_CATEGORY_WEIGHT("カテゴリの重みを変更", "set category weight"),

  OUTCOME_PASS("合格", "Pass"),
  OUTCOME_PARTIAL("一部合格", "Partial"),
  OUTCOME_FAIL("不合格", "Fail"),
  OUTCOME_UNKNOWN("不明", "Unknown"),
  OUTCOME_ERROR("エラー", "Error"),
  OUTCOME_NOT_APPLICABLE("対象外", "Not applicable"),
  OUTCOME_CONTRADICTED("矛盾", "Contradicted"),

  BASIS_DATA("データ", "Data"),
  BASIS_ANSWER("回答のみ", "Answer only"),
  BASIS_NONE("根拠なし", "Nothing"),

  SCORING_DEFAULT("カテゴリ別の加重平均", "Default (weighted by category)"),
  SCORING_FLAT("全項目の加重平均", "Flat (weighted over all items)"),
  SCORING_FLAT_UNWEIGHTED("全項目の単純平均", "Flat, unweighted (plain mean of all items)"),
  SCORING_ABSOLUTE("全項目合格で満点（それ以外は 0 点）", "Absolute (100 only when every item passes)"),

  SEVERITY_LOW("低", "Low"),
  SEVERITY_MEDIUM("中", "Medium"),
  SEVERITY_HIGH("高", "High"),
  SEVERITY_CRITICAL("重大", "Critical"),

  DATASET_OK("正常", "OK"),
  DATASET_EMPTY("行なし（見出しのみ）", "Empty (header only)"),
  DATASET_INVALID_CELLS("不正な値あり", "Invalid cells"),
  DATASET_UNREADABLE("読み込めず", "Unreadable"),
  DATASET_MISSING("未提供", "Missing"),

  ANSWER_YES("はい", "Yes"),
  ANSWER_PARTIAL("一部", "Partly"),
  ANSWER_NO("いいえ", "No"),
  ANSWER_NOT_APPLICABLE("該当なし", "Not applicable"),
  ANSWER_UNKNOWN("不明", "Unknown");

  private final String ja;
  private final String en;

  Label(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  /** The text in {@code lang}. */
  public String get(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }

  /** The text in {@code lang} with {@code {0}} replaced by {@code arg}. */
  public String format(Lang lang, Object arg) {
    return get(lang).replace("{0}", String.valueOf(arg));
  }

  public static Label of(Outcome outcome) {
    return valueOf("OUTCOME_" + outcome.name());
  }

  public static Label of(Basis basis) {
    return valueOf("BASIS_" + basis.name());
  }

  public static Label of(dev.kizuki.ScoringModel model) {
    return valueOf("SCORING_" + model.name());
  }

  public static Label of(Severity severity) {
    return valueOf("SEVERITY_" + severity.name());
  }

  public static Label of(DatasetReport.Status status) {
    return valueOf("DATASET_" + status.name());
  }

  public static Label of(dev.kizuki.WaiverReport.Status status) {
    return valueOf("WAIVER_" + status.name());
  }

  public static Label of(dev.kizuki.ProfileChange.Kind kind) {
    return valueOf("CHANGE_" + kind.name());
  }

  public static Label of(Answer.Value value) {
    return valueOf("ANSWER_" + value.name());
  }
}
