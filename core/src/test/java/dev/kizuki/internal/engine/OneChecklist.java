package dev.kizuki.internal.engine;

import static dev.kizuki.testing.ChecklistYaml.column;
import static dev.kizuki.testing.ChecklistYaml.dataset;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.testing.ChecklistYaml;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist of datasets {@code systems} and {@code backups} with the given items, assessed through the
 * public API as of 2026-11-30, so that these tests hold whatever the engine's inner types become.
 */
final class OneChecklist {
  static final AssessmentOptions OPTIONS = AssessmentOptions.asOf(LocalDate.of(2026, 11, 30));
  static final String DATASETS =
      dataset("systems", "id", column("id", "string", true), column("ok", "boolean", false),
          column("n", "integer", false), column("x", "decimal", false), column("day", "date", false),
          column("s", "string", false),
          "{name: tier, type: enum, values: [{value: high, label: {ja: 高, en: High}}, {value: low, label: {ja: 低,"
              + " en: Low}}], description: {ja: tier, en: tier}}")
      + dataset("backups", "bid", column("bid", "string", true), column("system_id", "string", false),
          column("site", "string", false), column("copies", "integer", false), column("day", "date", false),
          column("tested", "boolean", false));

  private OneChecklist() {}

  /** An item over {@code systems} (or the dataset named in {@code data}): {@code data} is the rule's keys. */
  static String item(String id, String data) {
    return ChecklistYaml.item(id, "    check:\n      data:\n" + data.indent(8));
  }

  static CompiledChecklist compile(Limits limits, String... items) {
    return CompiledChecklist.compile(ChecklistLoader.create(limits).parse("one.yaml",
        ChecklistYaml.checklist("one", DATASETS, items)), limits);
  }

  static CompiledChecklist compile(String... items) {
    return compile(Limits.defaults(), items);
  }

  /** Item {@code id}'s result on {@code rows} of systems (and of backups, if given). */
  static Assessment assess(CompiledChecklist c, List<Map<String, String>> systems,
      List<Map<String, String>> backups) {
    Inputs.Builder in = Inputs.builder().rows("systems", systems);
    if (!backups.isEmpty()) {
      in.rows("backups", backups);
    }
    return c.assess(in.build(), OPTIONS);
  }

  static ItemResult result(CompiledChecklist c, String id, List<Map<String, String>> systems,
      List<Map<String, String>> backups) {
    return assess(c, systems, backups).item(id).orElseThrow();
  }

  /** A row from alternating column names and cells. */
  static Map<String, String> row(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
