package dev.kizuki.internal.load;

import dev.kizuki.Limits;
import dev.kizuki.Text;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every message the checklist reader gives, in both languages, so wording stays consistent. */
final class LoadMessages {
  private static final Pattern ALLOWED = Pattern.compile("maximum allowed \\((\\d+)");

  private LoadMessages() {}

  static String quote(Object found) {
    String s = String.valueOf(found);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  static Text notUtf8() {
    return Text.of("UTF-8 として読めません。チェックリストは UTF-8 で保存してください",
        "cannot be read as UTF-8; save the checklist as UTF-8");
  }

  static Text emptyDocument() {
    return Text.of("文書が空です。チェックリストの定義が必要です", "the document is empty; expected a checklist");
  }

  static Text moreThanOneDocument() {
    return Text.of("文書が複数あります。1ファイルにつき1つのチェックリストにしてください",
        "found more than one document; expected exactly one checklist per file");
  }

  /**
   * A parser limit that the document exceeded, in our words. {@code detail} is the parser's message, used
   * only to tell which limit it was and the value it was set to; it is never shown.
   */
  static Text tooLarge(Limits limits, String detail) {
    if (detail.contains("nesting depth")) {
      return Text.of("入れ子が深すぎます（上限 " + limits.maxNestingDepth() + " 段）",
          "nesting is too deep: the limit is " + limits.maxNestingDepth() + " levels");
    }
    if (detail.contains("getMaxDocumentLength")) {
      return Text.of("文書が大きすぎます（上限 " + limits.maxChecklistChars() + " 文字、maxChecklistChars）",
          "the document is too large: the limit is " + limits.maxChecklistChars()
              + " characters (maxChecklistChars)");
    }
    String allowed = allowed(detail);
    if (detail.contains("getMaxStringLength") && !allowed.isEmpty()) {
      return Text.of("文字列が長すぎます（上限 " + allowed + " 文字）",
          "a string is too long: the limit is " + allowed + " characters");
    }
    if (detail.contains("getMaxNameLength") && !allowed.isEmpty()) {
      return Text.of("キーが長すぎます（上限 " + allowed + " 文字）",
          "a key is too long: the limit is " + allowed + " characters");
    }
    if (detail.contains("getMaxNumberLength") && !allowed.isEmpty()) {
      return Text.of("数値の桁数が多すぎます（上限 " + allowed + " 桁）",
          "a number has too many digits: the limit is " + allowed);
    }
    return Text.of("文書が大きすぎるか複雑すぎて読めません", "the document is too large or too complex to read");
  }

  /** The value a parser limit was set to, from its message "... exceeds the maximum allowed (N, ...", or "". */
  private static String allowed(String detail) {
    Matcher m = ALLOWED.matcher(detail);
    return m.find() ? m.group(1) : "";
  }

  static Text fileTooLarge(Limits limits) {
    return Text.of("ファイルが大きすぎます（上限 " + limits.maxChecklistChars() + " 文字）",
        "the file is too large (the limit is " + limits.maxChecklistChars() + " characters)");
  }

  /**
   * A syntax error in our words. {@code detail} is the parser's message, used only to tell what kind of
   * error it was; it is never shown (it is the library's wording, and may quote the file at length).
   */
  static Text syntax(String detail) {
    for (String[] known : SYNTAX) {
      if (detail.contains(known[0])) {
        return Text.of("YAML/JSON として読めません: " + known[1], "not valid YAML/JSON: " + known[2]);
      }
    }
    return Text.of("YAML/JSON として読めません（字下げ・引用符・括弧を確認してください）",
        "not valid YAML/JSON here (check the indentation, quotes and brackets)");
  }

  // What the parsers' messages say (a fragment), and the same in our words: the first fragment found wins.
  private static final String[][] SYNTAX = {
    {"flow sequence", "「[」で始めたリストが「]」で閉じられていません", "a list opened with \"[\" is not closed with \"]\""},
    {"flow mapping", "「{」で始めたマップが「}」で閉じられていません", "a map opened with \"{\" is not closed with \"}\""},
    {"quoted scalar", "引用符が閉じられていません", "a quote is never closed"},
    {"mapping values are not allowed", "ここでは「キー: 値」を始められません（字下げか引用符の誤り？）",
        "a \"key: value\" cannot start here (wrong indentation, or a value needing quotes?)"},
    {"could not find expected ':'", "キーの後に「:」がありません", "a key is not followed by \":\""},
    {"found character '\\t'", "タブ文字があります（YAML の字下げは空白で）", "a tab character (YAML indents with spaces)"},
    {"block mapping", "字下げが前の行と揃っていません", "the indentation does not match the lines above"},
    {"block collection", "字下げが前の行と揃っていません", "the indentation does not match the lines above"},
    {"double-quote to start property name", "キーは二重引用符で始める必要があります（末尾のカンマ？）",
        "expected a key in double quotes (a trailing comma?)"},
    {"end-of-input", "文書が途中で終わっています（括弧か引用符が閉じられていない？）",
        "the document ends too early (a bracket or quote left open?)"},
    {"Unexpected character", "ここに置けない文字があります", "a character that cannot stand here"},
    {"Unrecognized token", "値として読めない語があります（文字列なら引用符で囲んでください）",
        "a word that is no value (put text in quotes)"},
    {"control character", "制御文字があります", "a control character"},
    {"special characters are not allowed", "使えない文字があります", "a character that is not allowed"},
  };

  static Text numberTooLarge(Object found) {
    return Text.of("数値が大きすぎます（" + quote(found) + "）", "the number is too large: " + quote(found));
  }

  static Text yamlFeature(String what) {
    return Text.of("YAML の " + what + " は使えません。値をそのまま書いてください",
        "YAML " + what + " is not allowed; write the value out in full");
  }

  static Text duplicateKey(String key, long firstLine) {
    return Text.of("キー「" + key + "」が重複しています（最初は " + firstLine + " 行目）",
        "duplicate key \"" + key + "\" (first at line " + firstLine + ")");
  }

  static Text unknownKey(String key, Collection<String> allowed) {
    return Text.of("不明なキー「" + key + "」です。使えるキー: " + String.join(", ", allowed),
        "unknown key \"" + key + "\"; expected one of: " + String.join(", ", allowed));
  }

  static Text missing(String key) {
    return Text.of("必須のキー「" + key + "」がありません", "missing required key \"" + key + "\"");
  }

  static Text wrongType(String expectedJa, String expectedEn, Text found) {
    return Text.of(expectedJa + "が必要ですが、" + found.ja() + "でした", "expected " + expectedEn + ", found " + found.en());
  }

  static Text badId(String found, String pattern) {
    return Text.of("識別子は " + pattern + " の形式が必要ですが、「" + quote(found) + "」でした",
        "expected an id matching " + pattern + ", found \"" + quote(found) + "\"");
  }

  static Text blank() {
    return Text.of("空にはできません", "must not be blank");
  }

  static Text badEnum(String found, Collection<String> allowed) {
    return Text.of("「" + quote(found) + "」は使えません。使える値: " + String.join(", ", allowed),
        "expected one of " + String.join(", ", allowed) + ", found \"" + quote(found) + "\"");
  }

  static Text badFormat(String found) {
    return badFormat(ChecklistBinder.FORMAT, found);
  }

  static Text badFormat(String expected, String found) {
    return Text.of("format は " + expected + " が必要ですが、「" + quote(found) + "」でした",
        "expected format " + expected + ", found \"" + quote(found) + "\"");
  }

  static Text notPositive(Object found) {
    return Text.of("正の数が必要ですが、" + quote(found) + " でした", "expected a positive number, found " + quote(found));
  }

  static Text duplicateId(String kind, String id) {
    return Text.of(kind + "「" + id + "」が重複しています", "duplicate " + kind + " id \"" + id + "\"");
  }

  static Text tooMany(String what, int limit) {
    return Text.of(what + "の数が上限 " + limit + " を超えています", "more " + what + " than the limit of " + limit);
  }

  static Text predicateShape(Collection<String> forms) {
    return Text.of("述語は次のいずれかの形が必要です: " + String.join(", ", forms),
        "expected a predicate: one of " + String.join(", ", forms));
  }

  static Text oneOperator(Collection<String> operators) {
    return Text.of("field には演算子がちょうど1つ必要です: " + String.join(", ", operators),
        "a field test needs exactly one operator of: " + String.join(", ", operators));
  }

  static Text badDate(String found) {
    return Text.of("日付（yyyy-MM-dd）が必要ですが、「" + quote(found) + "」でした",
        "expected a date (yyyy-MM-dd), found \"" + quote(found) + "\"");
  }

  static Text badExpect() {
    return Text.of("expect は all、none、{ratio: r}、{at_least: n}、{at_least: n, distinct: 列} のいずれかが必要です",
        "expected expect to be all, none, {ratio: r}, {at_least: n} or {at_least: n, distinct: column}");
  }

  static Text distinctNeedsAtLeast() {
    return Text.of("distinct は at_least と組み合わせてのみ使えます", "distinct goes only with at_least");
  }

  static Text emptyList(String key) {
    return Text.of("「" + key + "」には1つ以上の要素が必要です", "\"" + key + "\" needs at least one element");
  }
}
