package dev.kizuki;

import static dev.kizuki.Outcome.ERROR;
import static dev.kizuki.Outcome.FAIL;
import static dev.kizuki.Outcome.PASS;
import static dev.kizuki.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each predicate kind, through the public API, on single rows (assessment date 2026-11-30). */
class PredicateTest {

  @ParameterizedTest(name = "{0} {1}: n={2} -> {3}")
  @CsvSource({
    "eq, 5, 5, PASS", "eq, 5, 6, FAIL",
    "ne, 5, 6, PASS", "ne, 5, 5, FAIL",
    "lt, 5, 4, PASS", "lt, 5, 5, FAIL",
    "le, 5, 5, PASS", "le, 5, 6, FAIL",
    "gt, 5, 6, PASS", "gt, 5, 5, FAIL",
    "ge, 5, 5, PASS", "ge, 5, 4, FAIL",
    "ge, 5, '', UNKNOWN", "ge, 5, abc, ERROR",
    "ge, 5, '５', PASS",
  })
  void compare_integer_followsOperator(String op, String literal, String cell, Outcome expected) {
    RuleHarness h = new RuleHarness("{field: n, " + op + ": " + literal + "}");

    assertThat(h.judge("n", cell)).isEqualTo(expected);
  }

  @Test
  void compare_decimal_comparesByValue() {
    RuleHarness h = new RuleHarness("{field: x, eq: 1.5}");

    assertThat(h.judge("x", "1.50")).isEqualTo(PASS);
    assertThat(h.judge("x", "1.49")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: x, lt: 2}").judge("x", "1.999")).isEqualTo(PASS);
  }

  @Test
  void compare_date_acceptsJapaneseForms() {
    RuleHarness h = new RuleHarness("{field: day, ge: \"2020-01-05\"}");

    assertThat(h.judge("day", "令和2年1月5日")).isEqualTo(PASS);
    assertThat(h.judge("day", "2020/1/4")).isEqualTo(FAIL);
    assertThat(h.judge("day", "2020/02/30")).isEqualTo(ERROR);
  }

  @Test
  void compare_stringBooleanEnum_equality() {
    assertThat(new RuleHarness("{field: s, eq: web}").judge("s", "web")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: s, eq: web}").judge("s", "Web")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: b, eq: true}").judge("b", "はい")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: b, eq: true}").judge("b", "無")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: e, eq: high}").judge("e", "高")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: e, eq: 高}").judge("e", "high")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: e, ne: high}").judge("e", "低")).isEqualTo(PASS);
  }

  @Test
  void compare_otherField_isUnknownWhenEitherIsBlank() {
    RuleHarness h = new RuleHarness("{field: day, ge: {field: other_day}}");

    assertThat(h.judge("day", "2026-01-02", "other_day", "2026-01-01")).isEqualTo(PASS);
    assertThat(h.judge("day", "2025-12-31", "other_day", "2026-01-01")).isEqualTo(FAIL);
    assertThat(h.judge("day", "2026-01-02", "other_day", "")).isEqualTo(UNKNOWN);
    assertThat(new RuleHarness("{field: n, le: {field: m}}").judge("n", "3", "m", "3")).isEqualTo(PASS);
  }

  @Test
  void compare_parameter_usesItsDefault() {
    RuleHarness h = new RuleHarness("{field: n, le: {param: limit}}");

    assertThat(h.judge("n", "10")).isEqualTo(PASS);
    assertThat(h.judge("n", "11")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: s, eq: {param: name}}").judge("s", "web")).isEqualTo(PASS);
  }

  @Test
  void in_andNotIn_testMembership() {
    assertThat(new RuleHarness("{field: n, in: [22, 3389]}").judge("n", "3389")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: n, in: [22, 3389]}").judge("n", "443")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: n, not_in: [22, 3389]}").judge("n", "443")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: e, in: [高]}").judge("e", "high")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: n, not_in: [22]}").judge("n", "")).isEqualTo(UNKNOWN);
  }

  @Test
  void present_isNeverUnknown() {
    assertThat(new RuleHarness("{field: s, present: true}").judge("s", "x")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: s, present: true}").judge("s", " ")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: s, present: false}").judge("s", "")).isEqualTo(PASS);
    // An invalid cell is still filled in.
    assertThat(new RuleHarness("{field: n, present: true}").judge("n", "abc")).isEqualTo(PASS);
  }

  @Test
  void matches_wholeValue() {
    RuleHarness h = new RuleHarness("{field: s, matches: \"(?i)www\\\\.example\\\\.jp\"}");

    assertThat(h.judge("s", "WWW.example.jp")).isEqualTo(PASS);
    assertThat(h.judge("s", "evil.www.example.jp")).isEqualTo(FAIL);
  }

  /**
   * Issue 17: on java.util.regex these patterns over a long cell overflowed the stack ({@code (.|\s)*},
   * {@code ([a-z]|[0-9])+}) or ran into the per-match step budget ({@code (a|aa)+$}); matched in linear time
   * they give their plain answer.
   */
  @ParameterizedTest(name = "{0} on {1} characters: {2}")
  @CsvSource({
    "'(.|\\s)*', 20000, a, PASS",
    "'([a-z]|[0-9])+', 20000, a, PASS",
    "'(a|aa)+$', 20000, a, PASS",
    "'(a|aa)+b', 20000, a, FAIL",
    "'(.*){20}b', 2000, a, FAIL",
  })
  void matches_backtrackingPatternOnLongCell_givesItsAnswer(String regex, int length, String letter,
      Outcome expected) {
    RuleHarness h = new RuleHarness("{field: s, matches: '" + regex + "'}");

    assertThat(h.judge("s", letter.repeat(length))).isEqualTo(expected);
  }

  /** A match the assessment's evaluation budget cannot cover is ERROR, with the budget named on the row. */
  @Test
  void matches_evaluationBudgetSpent_isErrorWithReason() {
    RuleHarness h = new RuleHarness("{field: s, matches: \"a+\"}", Limits.defaults().withMaxEvalSteps(50));

    ItemResult r = h.result(null, "s", "a".repeat(40));

    assertThat(r.outcome()).isEqualTo(ERROR);
    assertThat(r.evidence().rows().get(0).reason().en())
        .contains("used up its evaluation budget (50 steps and an allowance per row read)");
  }

  /** The same match within the budget is judged normally: the budget, not the pattern, made the ERROR above. */
  @Test
  void matches_withinEvaluationBudget_isJudged() {
    RuleHarness h = new RuleHarness("{field: s, matches: \"a+\"}", Limits.defaults().withMaxEvalSteps(200));

    assertThat(h.result(null, "s", "a".repeat(40)).outcome()).isEqualTo(PASS);
  }

  @ParameterizedTest(name = "{0} {1} days: {2} -> {3}")
  @CsvSource({
    "within_days, 30, 2026-11-30, PASS",
    "within_days, 30, 2026-10-31, PASS",
    "within_days, 30, 2026-10-30, FAIL",
    "within_days, 30, 2026-12-01, FAIL",
    "within_days, 30, '', UNKNOWN",
    "older_than_days, 30, 2026-10-30, PASS",
    "older_than_days, 30, 2026-10-31, FAIL",
  })
  void recency_countsDaysFromAssessmentDate(String op, int days, String cell, Outcome expected) {
    RuleHarness h = new RuleHarness("{field: day, " + op + ": " + days + "}");

    assertThat(h.judge("day", cell)).isEqualTo(expected);
  }

  @Test
  void recency_parameter() {
    assertThat(new RuleHarness("{field: day, within_days: {param: days}}").judge("day", "2026-10-31"))
        .isEqualTo(PASS);
  }

  @Test
  void futureDate_reasonSaysSo() {
    ItemResult r = new RuleHarness("{field: day, within_days: 30}").result(null, "day", "2027-01-01");

    assertThat(r.evidence().rows().get(0).reason().en()).isEqualTo(
        "day = 2027-01-01 is after the assessment date 2026-11-30");
  }

  /** Kleene logic: false decides AND, true decides OR, otherwise unknown propagates. */
  @ParameterizedTest(name = "{0} with n={1}, s={2} -> {3}")
  @CsvSource({
    "all, 1, x, PASS", "all, 2, x, FAIL", "all, 2, '', FAIL", "all, 1, '', UNKNOWN",
    "any, 1, '', PASS", "any, 2, x, PASS", "any, 2, '', UNKNOWN", "any, 2, ' ', UNKNOWN",
  })
  void allAny_threeValued(String op, String n, String s, Outcome expected) {
    RuleHarness h = new RuleHarness("{" + op + ": [{field: n, eq: 1}, {field: s, eq: x}]}");

    assertThat(h.judge("n", n, "s", s)).isEqualTo(expected);
  }

  @Test
  void not_invertsButKeepsUnknown() {
    RuleHarness h = new RuleHarness("{not: {field: n, eq: 1}}");

    assertThat(h.judge("n", "2")).isEqualTo(PASS);
    assertThat(h.judge("n", "1")).isEqualTo(FAIL);
    assertThat(h.judge("n", "")).isEqualTo(UNKNOWN);
  }

  @Test
  void exists_looksUpJoinedRowsWithCondition() {
    RuleHarness h = new RuleHarness("{exists: {dataset: u, on: {s: ref}, where: {field: ok, eq: true}}}");

    assertThat(h.judgeWith(List.of(Fixtures.row("ref", "a", "ok", "yes")), "s", "a")).isEqualTo(PASS);
    assertThat(h.judgeWith(List.of(Fixtures.row("ref", "a", "ok", "no")), "s", "a")).isEqualTo(FAIL);
    assertThat(h.judgeWith(List.of(Fixtures.row("ref", "b", "ok", "yes")), "s", "a")).isEqualTo(FAIL);
    assertThat(h.judgeWith(List.of(Fixtures.row("ref", "a", "ok", "")), "s", "a")).isEqualTo(UNKNOWN);
    assertThat(h.judgeWith(List.of(Fixtures.row("ref", "a", "ok", "no"), Fixtures.row("ref", "a", "ok", "yes")),
        "s", "a")).isEqualTo(PASS);
  }

  /** Missing data is never a pass: a lookup into a dataset that was not given is unknown. */
  @Test
  void exists_missingDataset_isUnknown() {
    RuleHarness h = new RuleHarness("{exists: {dataset: u, on: {s: ref}}}");

    ItemResult r = h.result(null, "s", "a");

    assertThat(r.outcome()).isEqualTo(UNKNOWN);
    assertThat(r.evidence().rows().get(0).reason().en()).isEqualTo("no data was given for u");
  }

  @Test
  void exists_brokenDataset_isError() {
    // A row with the wrong number of cells is skipped, so u cannot be trusted to be complete.
    Inputs in = Inputs.builder().rows("t", List.of(Fixtures.row("id", "r1", "s", "a")))
        .table("u", "u.csv", List.of("ref", "ok"), List.of(List.of("a", "yes", "extra"))).build();
    Checklist c = ChecklistLoader.create().parse("harness.yaml", RuleHarness.HEADER.formatted("{exists: {dataset: u, on: {s: ref}}}"));

    ItemResult r = CompiledChecklist.compile(c).assess(in, Fixtures.options()).items().get(0);

    assertThat(r.outcome()).isEqualTo(ERROR);
  }

  @Test
  void describeRule_plainWordsInBothLanguages() {
    RuleHarness h = new RuleHarness("{all: [{field: n, ge: 1}, {field: day, within_days: {param: days}}]}");

    assertThat(h.rule().en()).isEqualTo(
        "Of the every row of t, every one must satisfy: n ≥ 1 and day within the last 30 days");
    assertThat(h.rule().ja()).isEqualTo("t のすべての行は、すべて「n ≥ 1、かつ day が評価日から 30 日以内」を満たすこと");
  }

  // ---- network sources (issue 13, point 3) -------------------------------------------------------------

  /** Issue 13: words and address forms for "anything" read as restricted; an unreadable source never does. */
  @ParameterizedTest(name = "restricted? {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "203.0.113.5 | PASS", "203.0.113.0/28 198.51.100.7 | PASS", "2001:db8::/64 | PASS",
    "any | FAIL", "any4 | FAIL", "any6 | FAIL", "* | FAIL", "全て | FAIL", "すべて | FAIL", "制限なし | FAIL",
    "0.0.0.0/0 | FAIL", "0.0.0.0/0.0.0.0 | FAIL", "0.0.0.0 0.0.0.0 | FAIL", "0.0.0.0/1 128.0.0.0/1 | FAIL",
    "'203.0.113.5, 0.0.0.0/0' | FAIL", "::/0 | FAIL", "０．０．０．０／０ | FAIL",
    "'' | UNKNOWN", "Vendor_VPN | UNKNOWN", "vpn.vendor.example 203.0.113.5 | UNKNOWN",
    "Vendor_VPN 0.0.0.0/0 | FAIL",
    "10.0.0.300 | ERROR", "1.2.3 | ERROR", "本社LAN | ERROR", "なし | ERROR",
  })
  void allowsAny_false_holdsOnlyForRestrictedSources(String cell, Outcome expected) {
    RuleHarness h = new RuleHarness("{field: src, allows_any: false}");

    assertThat(h.judge("src", cell)).isEqualTo(expected);
  }

  @Test
  void allowsAny_parameterAndTrue_testTheOtherWay() {
    assertThat(new RuleHarness("{field: src, allows_any: {param: open}}").judge("src", "any")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: src, allows_any: true}").judge("src", "10.0.0.0/8")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: src, allows_any: true}").judge("src", "Vendor_VPN")).isEqualTo(UNKNOWN);
  }

  @ParameterizedTest(name = "more than 256? {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "10.0.0.0/23 | PASS", "'10.0.0.0/24, 10.0.1.0' | PASS", "10.0.0.1-10.0.1.1 | PASS", "any | PASS",
    "10.0.0.0/24 | FAIL", "10.0.0.0/24 10.0.0.0/25 | FAIL", "2001:db8::/120 | FAIL", "10.0.0.0 255.255.255.0 | FAIL",
    "Vendor_VPN 10.0.0.0/24 | UNKNOWN", "Vendor_VPN 10.0.0.0/16 | PASS", "'' | UNKNOWN", "10.0.0.0/33 | ERROR",
  })
  void allowsMoreThan_countsDistinctAddresses(String cell, Outcome expected) {
    RuleHarness h = new RuleHarness("{field: src, allows_more_than: {param: hosts}}");

    assertThat(h.judge("src", cell)).isEqualTo(expected);
  }

  @Test
  void allows_reasons_nameTheSourcesInBothLanguages() {
    RuleHarness h = new RuleHarness("{field: src, allows_any: false}");

    Text open = h.result(List.of(), "src", "0.0.0.0 0.0.0.0").evidence().rows().get(0).reason();
    Text named = h.result(List.of(), "src", "Vendor_VPN").evidence().rows().get(0).reason();
    Text wide = new RuleHarness("{not: {field: src, allows_more_than: 256}}")
        .result(List.of(), "src", "10.0.0.0/23").evidence().rows().get(0).reason();

    assertThat(open).isEqualTo(Text.of(
        "src はすべての送信元を許可しています: 0.0.0.0/0（必要: src がすべての送信元を許可してはいない）",
        "src allows any source: 0.0.0.0/0 (needed: src does not allow every source)"));
    assertThat(named).isEqualTo(Text.of(
        "src = Vendor_VPN: 名前 Vendor_VPN の中身のアドレスは分かりません（名前は解決しません。必要: src がすべての送信元を許可してはいない）",
        "src = Vendor_VPN: the addresses behind Vendor_VPN are not known (names are never resolved;"
            + " needed: src does not allow every source)"));
    assertThat(wide).isEqualTo(Text.of("「src が 256 個を超えるアドレスを許可している」に該当します",
        "(src allows more than 256 addresses) holds"));
  }

  // ---- identities (issue 13, point 6) ------------------------------------------------------------------

  @Test
  void compare_normalizedColumn_comparesIdentities() {
    assertThat(new RuleHarness("{field: dept, eq: IT部}").judge("dept", "ＩＴ部")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: dept, eq: サンプル}").judge("dept", "ｻﾝﾌﾟﾙ")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: dept, in: [it部, 総務部]}").judge("dept", "ＩＴ部")).isEqualTo(PASS);
    assertThat(new RuleHarness("{field: org, eq: (株)サンプル保守}").judge("org", "株式会社サンプル保守"))
        .isEqualTo(PASS);
    assertThat(new RuleHarness("{field: org, eq: サンプル保守}").judge("org", "サンプル工業株式会社")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: dept, matches: it部}").judge("dept", "ＩＴ部")).isEqualTo(PASS);
    // A column without normalize still compares exactly.
    assertThat(new RuleHarness("{field: s, eq: IT部}").judge("s", "ＩＴ部")).isEqualTo(FAIL);
    assertThat(new RuleHarness("{field: s, matches: it部}").judge("s", "ＩＴ部")).isEqualTo(FAIL);
  }

  /** Issue 13 (case 3): two volumes of one device, or one device in two spellings, are not independent. */
  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "SAN-A/vol1 | SAN-A/vol2 | FAIL", "NAS-01 | nas-01 | FAIL", "\\\\nas-01\\share | nas-01:/export | FAIL",
    "NAS-01 | NAS-02 | PASS", "SAN-A/vol1 | SAN-B/vol1 | PASS",
    "/export/vol1 | /export/vol2 | UNKNOWN", "SAN-A/vol1 | '' | UNKNOWN",
  })
  void compareFields_deviceColumns_compareDevices(String primary, String standby, Outcome expected) {
    RuleHarness h = new RuleHarness("{field: standby, ne: {field: primary}}");

    assertThat(h.judge("primary", primary, "standby", standby)).isEqualTo(expected);
  }

  @Test
  void compareFields_pathWithNoDevice_saysSo() {
    RuleHarness h = new RuleHarness("{field: standby, ne: {field: primary}}");

    Text why = h.result(List.of(), "primary", "/export/vol1", "standby", "SAN-B/vol1").evidence().rows().get(0)
        .reason();

    assertThat(why).isEqualTo(Text.of(
        "primary = /export/vol1 から比較できる識別子（device）を読み取れません（必要: standby ≠ primary）",
        "primary = /export/vol1 names no device to compare (needed: standby ≠ primary)"));
  }

  @Test
  void exists_joinsThroughNormalizedKeys() {
    RuleHarness dept = new RuleHarness("{exists: {dataset: u, on: {dept: dept_ref}}}");
    RuleHarness org = new RuleHarness("{exists: {dataset: u, on: {org: org_ref}, where: {field: ok, eq: true}}}");
    RuleHarness exactToText = new RuleHarness("{exists: {dataset: u, on: {s: dept_ref}}}");

    assertThat(dept.judgeWith(List.of(Fixtures.row("ref", "1", "dept_ref", "IT部")), "dept", "ＩＴ部")).isEqualTo(PASS);
    assertThat(dept.judgeWith(List.of(Fixtures.row("ref", "1", "dept_ref", "サンプル")), "dept", "ｻﾝﾌﾟﾙ"))
        .isEqualTo(PASS);
    assertThat(dept.judgeWith(List.of(Fixtures.row("ref", "1", "dept_ref", "IT部")), "dept", "総務部")).isEqualTo(FAIL);
    assertThat(org.judgeWith(List.of(Fixtures.row("ref", "1", "org_ref", "株式会社サンプル保守", "ok", "yes")),
        "org", "(株)サンプル保守")).isEqualTo(PASS);
    assertThat(org.judgeWith(List.of(Fixtures.row("ref", "1", "org_ref", "㈱サンプル保守", "ok", "yes")),
        "org", "サンプル保守 株式会社")).isEqualTo(PASS);
    assertThat(org.judgeWith(List.of(Fixtures.row("ref", "1", "org_ref", "株式会社サンプル工業", "ok", "yes")),
        "org", "(株)サンプル保守")).isEqualTo(FAIL);
    // s is exact, dept_ref declares text: the join takes the declared form on both sides.
    assertThat(exactToText.judgeWith(List.of(Fixtures.row("ref", "1", "dept_ref", "IT部")), "s", "ＩＴ部"))
        .isEqualTo(PASS);
  }
}
