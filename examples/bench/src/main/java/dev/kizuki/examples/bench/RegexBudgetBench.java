package dev.kizuki.examples.bench;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The worst case of issue 17's evaluation budget: a checklist of 10,000 items (the item limit), each matching
 * the most expensive pattern such a checklist may hold against every host name, over a dataset of long
 * cells. All regexes of a checklist compile to at most 1,000,000 instructions together, so with 10,000 items
 * the most expensive is one of about 100 (a single regex may reach 10,000: 10,000 of those are refused at
 * load, which is printed too). Prints how long loading and the assessment take and how many items the budget
 * cut off (ERROR); run it, do not time it in a test.
 *
 * <pre>{@code
 * mvn -B -q -pl core,examples/bench -am package -DskipTests
 * java -cp "examples/bench/target/kizuki-bench.jar" dev.kizuki.examples.bench.RegexBudgetBench [rows] [cellChars]
 * }</pre>
 */
public final class RegexBudgetBench {
  /** An alternation of four one-character atoms repeated 12 times: an estimated 96 instructions. */
  static final String PATTERN = "([a-m]|[n-z]|[0-9]|-){12}";
  /** The same repeated 1,000 times: 8,000 instructions, near the limit for one regex. */
  static final String LARGEST = "([a-m]|[n-z]|[0-9]|-){1000}";

  private RegexBudgetBench() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int cellChars = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int items = Limits.defaults().maxItems();

    try {
      ChecklistLoader.create().parse("largest.yaml", checklist(items, LARGEST));
      System.out.println("10,000 items of the largest regex: loaded (unexpected)");
    } catch (dev.kizuki.ChecklistException e) {
      System.out.printf(Locale.ROOT, "10,000 items of %s: refused at load, %,d problems, the first: %s%n", LARGEST,
          e.issues().size(), e.issues().get(0).format(dev.kizuki.Lang.EN));
    }

    long t0 = System.nanoTime();
    CompiledChecklist checklist =
        CompiledChecklist.compile(ChecklistLoader.create().parse("bench.yaml", checklist(items, PATTERN)));
    long t1 = System.nanoTime();
    List<Map<String, String>> hosts = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      hosts.add(Map.of("host", "h" + r, "name", "a".repeat(cellChars)));
    }
    Inputs inputs = Inputs.builder().rows("hosts", hosts).build();
    AssessmentOptions options = AssessmentOptions.asOf(LocalDate.of(2026, 12, 1));

    long t2 = System.nanoTime();
    Assessment a = checklist.assess(inputs, options);
    long t3 = System.nanoTime();

    long errors = a.items().stream().map(ItemResult::outcome).filter(o -> o == Outcome.ERROR).count();
    long judged = a.items().size() - errors;
    System.out.printf(Locale.ROOT, "items %,d x rows %,d x cell %,d chars, pattern %s%n", items, rows, cellChars, PATTERN);
    System.out.printf(Locale.ROOT, "budget (Limits.maxEvalSteps) %,d steps%n", Limits.defaults().maxEvalSteps());
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "load and compile %.1f s, assess %.1f s, heap in use %,d MiB%n", (t1 - t0) / 1e9,
        (t3 - t2) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
    System.out.printf(Locale.ROOT, "items judged %,d, items ERROR (budget spent) %,d%n", judged, errors);
  }

  static String checklist(int items, String pattern) {
    StringBuilder sb = new StringBuilder("""
        format: kizuki-checklist/1
        id: bench
        version: "1.0"
        title: {ja: ベンチ, en: Bench}
        cases:
          - id: case-1
            title: {ja: 事例1, en: Case 1}
        lessons:
          - id: L1
            case: case-1
            title: {ja: 教訓1, en: Lesson 1}
        measures:
          - id: M1
            case: case-1
            title: {ja: 対策1, en: Measure 1}
        categories:
          - id: exposure
            title: {ja: 公開, en: Exposure}
        datasets:
          - id: hosts
            title: {ja: ホスト, en: Hosts}
            description: {ja: ホスト, en: Hosts}
            key: host
            columns:
              - name: host
                type: string
                required: true
                description: {ja: ホスト, en: Host}
              - name: name
                type: string
                description: {ja: 名前, en: Name}
        items:
        """);
    for (int i = 0; i < items; i++) {
      sb.append("""
            - id: R%d
              category: exposure
              title: {ja: R, en: R}
              question: {ja: R, en: R?}
              rationale: {ja: R, en: R}
              remediation: {ja: R, en: R}
              measures: [M1]
              severity: low
              weight: 1
              check:
                data:
                  dataset: hosts
                  where: {field: name, matches: '%s'}
                  expect: none
          """.formatted(i, pattern));
    }
    return sb.toString();
  }
}
