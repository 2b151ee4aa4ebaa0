package dev.kizuki.examples.bench.jmh;

import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A one-dataset checklist whose single item carries a given rule, and rows to feed it, made in memory. */
final class BenchData {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  static final List<String> HEADER = List.of("id", "name", "count", "seen_on", "enabled", "level", "ref");

  private BenchData() {}

  static CompiledChecklist checklist(String require) {
    String yaml = """
        format: kizuki-checklist/1
        id: bench
        version: "1"
        title: {ja: ベンチ, en: Bench}
        categories:
          - {id: c, title: {ja: 分類, en: Category}}
        datasets:
          - id: t
            title: {ja: 表, en: Table}
            description: {ja: 表, en: Table}
            key: id
            columns:
              - {name: id, type: string, required: true, description: {ja: ID, en: ID}}
              - {name: name, type: string, description: {ja: 名前, en: Name}}
              - {name: count, type: integer, description: {ja: 数, en: Count}}
              - {name: seen_on, type: date, description: {ja: 日付, en: Date}}
              - {name: enabled, type: boolean, description: {ja: 有効, en: Enabled}}
              - name: level
                type: enum
                description: {ja: 水準, en: Level}
                values:
                  - {value: high, label: {ja: 高, en: High}, synonyms: [高]}
                  - {value: low, label: {ja: 低, en: Low}, synonyms: [低]}
              - {name: ref, type: string, description: {ja: 参照, en: Ref}}
          - id: u
            title: {ja: 参照先, en: Referenced}
            description: {ja: 参照先, en: Referenced}
            key: ref
            columns:
              - {name: ref, type: string, required: true, description: {ja: 参照, en: Ref}}
              - {name: ok, type: boolean, description: {ja: 可, en: OK}}
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
            check:
              data:
                dataset: t
                expect: all
                require: %s
        """.formatted(require);
    return CompiledChecklist.compile(ChecklistLoader.create().parse("bench.yaml", yaml));
  }

  /** {@code n} rows of {@code t}, half of them in Japanese spellings, referring to {@code refs} rows of u. */
  static Inputs.Builder rows(Inputs.Builder in, int n, int refs, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] levels = {"high", "low", "高", "低"};
    String[] bools = {"yes", "no", "はい", "いいえ"};
    List<List<String>> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(List.of("r" + i, "host-" + rnd.nextInt(1000), String.valueOf(rnd.nextInt(5000)),
          AS_OF.minusDays(rnd.nextInt(800)).toString(), bools[rnd.nextInt(4)], levels[rnd.nextInt(4)],
          "u" + rnd.nextInt(Math.max(1, refs * 2))));
    }
    return in.table("t", "t", HEADER, rows);
  }

  static Inputs.Builder referenced(Inputs.Builder in, int n) {
    List<List<String>> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(List.of("u" + i, i % 3 == 0 ? "no" : "yes"));
    }
    return in.table("u", "u", List.of("ref", "ok"), rows);
  }
}
