package dev.kizuki.internal.engine;

import dev.kizuki.Issue;
import dev.kizuki.Text;
import java.util.Collection;
import java.util.List;

/**
 * The texts of compile issues, in Japanese and English, in one place so that the steps share their wording.
 * Tests and documentation quote them: change one only on purpose. Stateless.
 */
final class CompileMessages {
  private CompileMessages() {}

  /** An issue of {@code source} at the checklist path {@code path}; the loader adds the file location. */
  static Issue at(String source, String path, Text message) {
    return new Issue(source, 0, 0, path, message);
  }

  // ---- structure ---------------------------------------------------------------------------------------

  static Text duplicate(String kindJa, String kindEn, String id) {
    return Text.of(kindJa + "「" + id + "」が重複しています", "duplicate " + kindEn + " \"" + id + "\"");
  }

  static Text unknown(String kindJa, String kindEn, String id, Collection<String> known) {
    String list = known.isEmpty() ? "(none)" : String.join(", ", known);
    return Text.of(kindJa + "「" + id + "」は定義されていません。定義済み: " + list,
        "unknown " + kindEn + " \"" + id + "\"; expected one of: " + list);
  }

  static Text tooManyItems(int max) {
    return Text.of("項目数が上限 " + max + " を超えています", "more items than the limit of " + max);
  }

  static Text reservedAnswers() {
    return Text.of("データセット名 answers は回答用に予約されています",
        "the dataset id \"answers\" is reserved for questionnaire answers");
  }

  static Text keyNotAColumn(String key) {
    return Text.of("キー列「" + key + "」が columns にありません", "key column \"" + key + "\" is not among the columns");
  }

  static Text ambiguousSpelling(String detail) {
    return Text.of("同じ表記が複数の値に使われています: " + detail,
        "the same spelling stands for more than one value: " + detail);
  }

  static Text badAnythingWord(String word) {
    return Text.of("「" + word + "」は「すべてのアドレス」を表す語として使えません（空白や区切りを含まず、アドレスとして読めない1語が必要です）",
        "\"" + word + "\" cannot be a word for every address: it must be one word, with no separator, that does not"
            + " read as an address");
  }

  static Text untraced() {
    return Text.of("lessons または measures に1つ以上の ID が必要です（すべての項目は出典に遡れること）",
        "expected at least one id in lessons or measures: every item traces to its source");
  }

  static Text notApplicableNeedsAllow() {
    return Text.of("when_empty: not_applicable には allow_not_applicable: true が必要です",
        "when_empty: not_applicable needs allow_not_applicable: true");
  }

  // ---- rules -------------------------------------------------------------------------------------------

  static Text noneTakesNoRequire() {
    return Text.of("expect: none では require は使えません（where が違反の行を選びます）",
        "expect: none takes no require: where selects the offending rows");
  }

  static Text needsRequire(String kind) {
    return Text.of("expect: " + kind + " には require が必要です", "expect: " + kind + " needs require");
  }

  static Text noneNeedsWhere() {
    return Text.of("expect: none には where が必要です", "expect: none needs where");
  }

  static Text noPredicate() {
    return Text.of("述語が1つ以上必要です", "expected at least one predicate");
  }

  static Text noColumn(String dataset, String name, List<String> columns) {
    return Text.of("データセット " + dataset + " に列「" + name + "」はありません。列: " + String.join(", ", columns),
        "dataset " + dataset + " has no column \"" + name + "\"; expected one of: " + String.join(", ", columns));
  }

  static Text existsOwnDataset() {
    return Text.of("exists は同じデータセットを参照できません", "exists cannot look into its own dataset");
  }

  static Text existsNeedsOn() {
    return Text.of("on に列の対応が1つ以上必要です", "on needs at least one column pair");
  }

  static Text outerOutsideExists() {
    return Text.of("{outer: 列} は exists の where の中でだけ使えます（外側の行とは、exists で参照する側の行です）",
        "{outer: column} can only be used in the where of an exists (the outer row is the row that looks up)");
  }

  static Text joinTypes(String a, String b) {
    return Text.of("結合する列の型が一致しません（" + a + " と " + b + "）",
        "joined columns must have the same type, were " + a + " and " + b);
  }

  static Text matchesType(String column, String type) {
    return Text.of("matches は文字列か列挙の列にだけ使えます（" + column + " は " + type + "）",
        "matches needs a string or enum column, " + column + " is " + type);
  }

  static Text recencyType(String op, String column, String type) {
    return Text.of(op + " は日付の列にだけ使えます（" + column + " は " + type + "）",
        op + " needs a date column, " + column + " is " + type);
  }

  static Text recencyNeedsDays(String op) {
    return Text.of(op + " には日数（整数かパラメータ）が必要です", op + " needs a number of days, a whole number or a parameter");
  }

  static Text badDays(Object days) {
    return Text.of("0 以上の整数の日数が必要ですが、" + days + " でした",
        "expected a whole number of days, 0 or more, found " + days);
  }

  static Text inNeedsValues() {
    return Text.of("値が1つ以上必要です", "expected at least one value");
  }

  static Text inOnDecimal() {
    return Text.of("in / not_in は小数の列には使えません", "in / not_in cannot be used on decimal columns");
  }

  static Text orderingType(String op, String column, String type) {
    return Text.of(op + " は整数・小数・日付の列にだけ使えます（" + column + " は " + type + "）",
        op + " needs an integer, decimal or date column, " + column + " is " + type);
  }

  static Text compareTypes(String a, String b) {
    return Text.of("比較する列の型が合いません（" + a + " と " + b + "）",
        "cannot compare a " + a + " column with a " + b + " column");
  }

  static Text allowsType(String op, String column, String type) {
    return Text.of(op + " はネットワーク（network）の列にだけ使えます（" + column + " は " + type + "）",
        op + " needs a network column, " + column + " is " + type);
  }

  static Text allowsNeedsConstant(String op) {
    return Text.of(op + " には値かパラメータが必要です（別の列は使えません）",
        op + " needs a value or a parameter, not another column");
  }

  static Text allowsAnyValue(Object found) {
    return Text.of("allows_any には true または false が必要ですが、" + found + " でした",
        "allows_any needs true or false, found " + found);
  }

  static Text allowsCount(Object found) {
    return Text.of("allows_more_than には 0 以上の整数のアドレス数が必要ですが、" + found + " でした",
        "allows_more_than needs a whole number of addresses, 0 or more, found " + found);
  }

  static Text normalizeClash(String a, String formA, String b, String formB) {
    return Text.of("列 " + a + "（normalize: " + formA + "）と列 " + b + "（normalize: " + formB
            + "）は正規化が異なるため、同じものか比べられません。両方に同じ normalize を宣言してください",
        "column " + a + " (normalize: " + formA + ") and column " + b + " (normalize: " + formB
            + ") are normalized differently, so they cannot be compared as identities; declare the same normalize"
            + " on both");
  }

  // ---- literals and dataset order ----------------------------------------------------------------------

  static Text notAValue(String column, String value, List<String> allowed) {
    return Text.of("列 " + column + " の値として「" + value + "」は定義されていません。使える値: " + String.join(", ", allowed),
        "\"" + value + "\" is not a value of column " + column + "; expected one of " + String.join(", ", allowed));
  }

  static Text notComparable(String column, String type, String found) {
    return Text.of("列 " + column + "（" + type + "）と比べられる値が必要ですが、" + found + " でした",
        "expected a value comparable with column " + column + " (" + type + "), found " + found);
  }

  static Text cycle(String cycle) {
    return Text.of("exists の参照が循環しています: " + cycle, "exists references form a cycle: " + cycle);
  }
}
