package dev.kizuki;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a one-item checklist over a dataset {@code t} with one column of each type, and judges single rows
 * against a predicate: PASS, FAIL, UNKNOWN or ERROR tells the predicate's three-valued result plus error.
 */
final class RuleHarness {
  static final String HEADER = """
      format: kizuki-checklist/1
      id: harness
      version: "1"
      title: {ja: 試験, en: Harness}
      categories:
        - id: c
          title: {ja: 分類, en: Category}
      datasets:
        - id: t
          title: {ja: 表, en: Table}
          description: {ja: 試験用の表, en: A test table}
          key: id
          columns:
            - {name: id, type: string, required: true, description: {ja: ID, en: ID}}
            - {name: s, type: string, description: {ja: 文字列, en: String}}
            - {name: n, type: integer, description: {ja: 整数, en: Integer}}
            - {name: m, type: integer, description: {ja: 整数2, en: Integer 2}}
            - {name: x, type: decimal, description: {ja: 小数, en: Decimal}}
            - {name: b, type: boolean, description: {ja: 真偽, en: Boolean}}
            - {name: day, type: date, description: {ja: 日付, en: Date}}
            - {name: other_day, type: date, description: {ja: 日付2, en: Date 2}}
            - {name: src, type: network, description: {ja: 送信元, en: Sources}}
            - {name: dept, type: string, normalize: text, description: {ja: 部署, en: Department}}
            - {name: org, type: string, normalize: organization, description: {ja: 会社, en: Company}}
            - {name: primary, type: string, normalize: device, description: {ja: 正, en: Primary}}
            - {name: standby, type: string, normalize: device, description: {ja: 副, en: Standby}}
            - name: e
              type: enum
              description: {ja: 列挙, en: Enum}
              values:
                - {value: high, label: {ja: 高, en: High}, synonyms: [高]}
                - {value: low, label: {ja: 低, en: Low}, synonyms: [低]}
        - id: u
          title: {ja: 表2, en: Table 2}
          description: {ja: 試験用の表2, en: A second test table}
          key: ref
          columns:
            - {name: ref, type: string, required: true, description: {ja: 参照, en: Ref}}
            - {name: ok, type: boolean, description: {ja: 可, en: OK}}
            - {name: dept_ref, type: string, normalize: text, description: {ja: 部署, en: Department}}
            - {name: org_ref, type: string, normalize: organization, description: {ja: 会社, en: Company}}
      items:
        - id: I
          category: c
          title: {ja: 項目, en: Item}
          question: {ja: 質問, en: Question}
          rationale: {ja: 理由, en: Rationale}
          remediation: {ja: 対処, en: Remediation}
          lessons: [L]
          severity: medium
          weight: 1
          parameters:
            limit: {type: integer, default: 10, description: {ja: 上限, en: Limit}}
            days: {type: integer, default: 30, description: {ja: 日数, en: Days}}
            name: {type: string, default: web, description: {ja: 名前, en: Name}}
            hosts: {type: integer, default: 256, description: {ja: アドレス数, en: Addresses}}
            open: {type: boolean, default: true, description: {ja: 全開放, en: Open}}
          check:
            data:
              dataset: t
              expect: all
              require: %s
      """;

  private final CompiledChecklist compiled;

  RuleHarness(String predicateYaml) {
    this(predicateYaml, Limits.defaults());
  }

  RuleHarness(String predicateYaml, Limits limits) {
    Checklist c = ChecklistLoader.create(limits).parse("harness.yaml", HEADER.formatted(predicateYaml));
    this.compiled = CompiledChecklist.compile(c, limits);
  }

  /** The outcome for a single row of {@code t}, given as alternating column names and cells. */
  Outcome judge(String... cells) {
    return judgeWith(List.of(), cells);
  }

  /** As {@link #judge}, with rows of {@code u} given too (or null for none). */
  Outcome judgeWith(List<Map<String, String>> uRows, String... cells) {
    return result(uRows, cells).outcome();
  }

  ItemResult result(List<Map<String, String>> uRows, String... cells) {
    List<String> pairs = new ArrayList<>(List.of("id", "r1"));
    pairs.addAll(List.of(cells));
    Inputs.Builder in = Inputs.builder().rows("t", List.of(Fixtures.row(pairs.toArray(String[]::new))));
    if (uRows != null) {
      in.rows("u", uRows);
    }
    return compiled.assess(in.build(), Fixtures.options()).items().get(0);
  }

  Text rule() {
    return compiled.describeRule("I");
  }
}
