package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, fail-closed properties, over seeded random checklists (items with random predicates, expectations
 * and {@code when_empty} over the mini checklist's three datasets) and random data (blank, invalid and shared
 * key cells, so {@code exists} joins hit). Each property runs {@value #CASES} checklist × data combinations,
 * each compared with {@value #REMOVALS} reduced variants; a failure prints the seed of the combination.
 *
 * <ul>
 *   <li>Removing datasets (or the answers) never turns an item into PASS, never raises an item's score, and
 *       never raises the number of PASS outcomes or the overall score. One exception by design: removing a
 *       CONTRADICTED item's answer lifts the contradiction penalty, so the data's partial score shows again.
 *   <li>An item whose dataset was not given is never PASS on data, and never PASS at all without answers.
 *   <li>ERROR, UNKNOWN, FAIL and CONTRADICTED always score 0.
 *   <li>The score never exceeds what the evidence backs: a PASS or PARTIAL on data needs its dataset, one on an
 *       answer needs a yes or partial answer; item scores are within 0..1, the overall score within 0..100,
 *       and 0 when no item scores.
 * </ul>
 */
class FailClosedPropertiesTest {
  static final int CASES = 1500;
  static final int REMOVALS = 3;
  private static final long SEED = 20261130L;
  private static final List<String> DATASETS = List.of("systems", "backups", "services");
  private static final String HEADER = header();

  @Test
  void removingDatasets_neverRaisesPassesOrScore() {
    int checked = 0;
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    for (int c = 0; c < CASES; c++) {
      long seed = SEED + c;
      Random rnd = new Random(seed);
      CompiledChecklist checklist = checklist(rnd);
      Map<String, List<Map<String, String>>> data = data(rnd);
      Assessment full = checklist.assess(inputs(data, Set.copyOf(DATASETS), null), Fixtures.options());
      assertBacked(full, seed);
      full.items().forEach(i -> seen.add(i.outcome()));
      for (int r = 0; r < REMOVALS; r++) {
        Set<String> kept = new java.util.HashSet<>();
        for (String d : DATASETS) {
          if (rnd.nextBoolean()) {
            kept.add(d);
          }
        }
        Assessment less = checklist.assess(inputs(data, kept, null), Fixtures.options());
        assertBacked(less, seed);
        assertNoGain(full, less, seed, "kept " + kept);
        for (ItemResult i : less.items()) {
          i.item().check().data().ifPresent(rule -> {
            if (!kept.contains(rule.dataset())) {
              assertThat(i.outcome()).as("seed %d: %s without %s", seed, i.id(), rule.dataset())
                  .isNotIn(Outcome.PASS, Outcome.PARTIAL);
            }
          });
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(CASES * REMOVALS);
    // The generator reaches every outcome a data rule can have.
    assertThat(seen).contains(Outcome.PASS, Outcome.PARTIAL, Outcome.FAIL, Outcome.UNKNOWN, Outcome.ERROR,
        Outcome.NOT_APPLICABLE);
  }

  @Test
  void removingAnswersOrDatasets_withAnswers_neverPassesOnMissingData() {
    for (int c = 0; c < CASES; c++) {
      long seed = SEED * 31 + c;
      Random rnd = new Random(seed);
      CompiledChecklist checklist = checklist(rnd);
      Map<String, List<Map<String, String>>> data = data(rnd);
      List<Map<String, String>> answers = answers(rnd, checklist.checklist());
      Assessment full = checklist.assess(inputs(data, Set.copyOf(DATASETS), answers), Fixtures.options());
      Assessment noAnswers = checklist.assess(inputs(data, Set.copyOf(DATASETS), null), Fixtures.options());
      assertBacked(full, seed);
      assertNoGain(full, noAnswers, seed, "without answers");

      Set<String> kept = Set.of(DATASETS.get(rnd.nextInt(3)));
      Assessment less = checklist.assess(inputs(data, kept, answers), Fixtures.options());
      assertBacked(less, seed);
      for (ItemResult i : less.items()) {
        i.item().check().data().ifPresent(rule -> {
          if (!kept.contains(rule.dataset()) && (i.outcome() == Outcome.PASS || i.outcome() == Outcome.PARTIAL)) {
            assertThat(i.basis()).as("seed %d: %s passes without %s", seed, i.id(), rule.dataset())
                .isEqualTo(Basis.ANSWER);
          }
        });
      }
    }
  }

  /** ERROR, UNKNOWN, FAIL, CONTRADICTED score 0; PASS or PARTIAL rest on given data or a yes/partial answer. */
  private static void assertBacked(Assessment a, long seed) {
    Set<Outcome> zero = EnumSet.of(Outcome.ERROR, Outcome.UNKNOWN, Outcome.FAIL, Outcome.CONTRADICTED);
    boolean anyScore = false;
    for (ItemResult i : a.items()) {
      String what = "seed " + seed + ": " + i.id() + " " + i.outcome() + " " + i.reason().en();
      assertThat(i.score()).as(what).isBetween(0.0, 1.0);
      if (zero.contains(i.outcome())) {
        assertThat(i.score()).as(what).isZero();
      }
      if (i.score() > 0) {
        anyScore = true;
        assertThat(i.outcome()).as(what).isIn(Outcome.PASS, Outcome.PARTIAL);
        switch (i.basis()) {
          case DATA -> assertThat(i.evidence().provided()).as(what).isTrue();
          case ANSWER -> assertThat(i.answer()).as(what).hasValueSatisfying(
              ans -> assertThat(ans.value()).isIn(Answer.Value.YES, Answer.Value.PARTIAL));
          case NONE -> throw new AssertionError(what + ": scores without any basis");
        }
      }
    }
    assertThat(a.score()).as("seed %d", seed).isBetween(0.0, 100.0);
    if (!anyScore) {
      assertThat(a.score()).as("seed %d: no item scores", seed).isZero();
    }
  }

  private static void assertNoGain(Assessment full, Assessment less, long seed, String how) {
    for (int k = 0; k < full.items().size(); k++) {
      ItemResult f = full.items().get(k);
      ItemResult l = less.items().get(k);
      String what = "seed " + seed + ", " + how + ": " + l.id() + " " + f.outcome() + " -> " + l.outcome() + " ("
          + l.reason().en() + ")";
      if (l.outcome() == Outcome.PASS) {
        assertThat(f.outcome()).as(what).isIn(Outcome.PASS, Outcome.NOT_APPLICABLE);
      }
      // A contradicted answer scores 0 as a penalty for a false "yes": without the answer the data's own
      // (partial) score shows again. That is the answer's removal, not a gain from less evidence.
      boolean penalty = f.outcome() == Outcome.CONTRADICTED && l.basis() == Basis.DATA;
      if (f.outcome() != Outcome.NOT_APPLICABLE && l.outcome() != Outcome.NOT_APPLICABLE && !penalty) {
        assertThat(l.score()).as(what).isLessThanOrEqualTo(f.score());
      }
    }
    if (less.items().stream().noneMatch(i -> i.outcome() == Outcome.NOT_APPLICABLE)
        && full.items().stream().noneMatch(i -> i.outcome() == Outcome.NOT_APPLICABLE || i.outcome() == Outcome.CONTRADICTED)) {
      assertThat(less.count(Outcome.PASS)).as("seed %d, %s: PASS count", seed, how)
          .isLessThanOrEqualTo(full.count(Outcome.PASS));
      assertThat(less.score()).as("seed %d, %s: score", seed, how).isLessThanOrEqualTo(full.score() + 1e-9);
    }
  }

  // Generation.

  private static final Map<String, Map<String, String>> COLUMNS = Map.of(
      "systems", ordered("system_id", "string", "criticality", "enum", "last_failover_test", "date",
          "firmware_changed_on", "date", "standby_count", "integer"),
      "backups", ordered("backup_id", "string", "system_id", "string", "restore_tested_on", "date",
          "offline", "boolean"),
      "services", ordered("host", "string", "port", "integer", "allowed_sources", "string"));

  static CompiledChecklist checklist(Random rnd) {
    StringBuilder y = new StringBuilder(HEADER).append("items:\n");
    int items = 1 + rnd.nextInt(5);
    for (int k = 0; k < items; k++) {
      String ds = DATASETS.get(rnd.nextInt(3));
      String expect = switch (rnd.nextInt(4)) {
        case 0 -> "all";
        case 1 -> "none";
        case 2 -> "{ratio: " + (1 + rnd.nextInt(10)) / 10.0 + "}";
        default -> "{at_least: " + (1 + rnd.nextInt(3)) + "}";
      };
      boolean na = rnd.nextInt(4) == 0;
      String whenEmpty = List.of("unknown", "fail", "pass", na ? "not_applicable" : "unknown").get(rnd.nextInt(4));
      y.append("  - id: I").append(k).append('\n')
          .append("    category: ").append(rnd.nextBoolean() ? "resilience" : "exposure").append('\n')
          .append("    title: {ja: t, en: t}\n    question: {ja: q, en: q}\n    rationale: {ja: r, en: r}\n")
          .append("    remediation: {ja: m, en: m}\n    lessons: [L1]\n    severity: ")
          .append(pick(rnd, "low", "medium", "high", "critical")).append('\n')
          .append("    weight: ").append(1 + rnd.nextInt(4)).append('\n')
          .append("    check:\n      question: ").append(rnd.nextBoolean()).append('\n')
          .append("      allow_not_applicable: ").append(na).append('\n')
          .append("      data:\n        dataset: ").append(ds).append('\n');
      if (rnd.nextInt(3) > 0 || expect.equals("none")) {
        y.append("        where: ").append(predicate(rnd, ds, 2)).append('\n');
      }
      if (!expect.equals("none") && (!expect.startsWith("{at") || rnd.nextBoolean())) {
        y.append("        require: ").append(predicate(rnd, ds, 2)).append('\n');
      }
      y.append("        expect: ").append(expect).append('\n')
          .append("        when_empty: ").append(whenEmpty).append('\n');
    }
    return CompiledChecklist.compile(ChecklistLoader.create().parse("generated.yaml", y.toString()));
  }

  private static String predicate(Random rnd, String ds, int depth) {
    int kind = rnd.nextInt(depth > 0 ? 10 : 6);
    if (kind >= 6) {
      return switch (kind) {
        case 6 -> "{all: [" + predicate(rnd, ds, depth - 1) + ", " + predicate(rnd, ds, depth - 1) + "]}";
        case 7 -> "{any: [" + predicate(rnd, ds, depth - 1) + ", " + predicate(rnd, ds, depth - 1) + "]}";
        case 8 -> "{not: " + predicate(rnd, ds, depth - 1) + "}";
        default -> exists(rnd, ds, depth);
      };
    }
    List<String> names = new ArrayList<>(COLUMNS.get(ds).keySet());
    String field = names.get(rnd.nextInt(names.size()));
    String type = COLUMNS.get(ds).get(field);
    if (kind == 0) {
      return "{field: " + field + ", present: " + rnd.nextBoolean() + "}";
    }
    return switch (type) {
      case "string" -> rnd.nextBoolean()
          ? "{field: " + field + ", eq: " + pick(rnd, "S1", "S2", "any", "x") + "}"
          : "{field: " + field + ", matches: \"" + pick(rnd, "S[12]", "(?i)any|x", ".*") + "\"}";
      case "enum" -> rnd.nextBoolean()
          ? "{field: " + field + ", eq: " + pick(rnd, "high", "low") + "}"
          : "{field: " + field + ", in: [high]}";
      case "date" -> switch (rnd.nextInt(3)) {
        case 0 -> "{field: " + field + ", within_days: " + pick(rnd, "30", "365", "1000") + "}";
        case 1 -> "{field: " + field + ", older_than_days: " + pick(rnd, "30", "365") + "}";
        default -> ds.equals("systems")
            ? "{field: last_failover_test, ge: {field: firmware_changed_on}}"
            : "{field: " + field + ", ge: 2026-01-01}";
      };
      case "integer" -> "{field: " + field + ", " + pick(rnd, "eq", "ne", "ge", "le", "gt", "lt") + ": "
          + pick(rnd, "0", "1", "3389", "443") + "}";
      default -> "{field: " + field + ", eq: " + rnd.nextBoolean() + "}";
    };
  }

  private static String exists(Random rnd, String ds, int depth) {
    return switch (ds) {
      case "systems" -> "{exists: {dataset: backups, on: {system_id: system_id}"
          + (rnd.nextBoolean() ? ", where: " + predicate(rnd, "backups", depth - 1) : "") + "}}";
      default -> predicate(rnd, ds, 0);
    };
  }

  static Map<String, List<Map<String, String>>> data(Random rnd) {
    Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
    for (String ds : DATASETS) {
      List<Map<String, String>> rows = new ArrayList<>();
      int n = rnd.nextInt(6);
      for (int r = 0; r < n; r++) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Map.Entry<String, String> col : COLUMNS.get(ds).entrySet()) {
          boolean key = col.getKey().equals("system_id") || col.getKey().equals("backup_id")
              || col.getKey().equals("host") || col.getKey().equals("port");
          row.put(col.getKey(), key ? cell(rnd, col.getKey(), col.getValue(), r) : rnd.nextInt(5) == 0 ? ""
              : cell(rnd, col.getKey(), col.getValue(), r));
        }
        rows.add(row);
      }
      data.put(ds, rows);
    }
    return data;
  }

  private static String cell(Random rnd, String name, String type, int row) {
    if (rnd.nextInt(25) == 0) {
      return "??"; // invalid for every type but string
    }
    return switch (type) {
      case "string" -> name.equals("system_id") ? "S" + (1 + rnd.nextInt(4))
          : name.equals("backup_id") || name.equals("host") ? name.charAt(0) + "" + row
          : pick(rnd, "any", "10.0.0.0/8", "x");
      case "enum" -> pick(rnd, "high", "low", "高");
      case "date" -> pick(rnd, "2026-11-01", "2026-01-01", "2020-05-05", "2027-01-01");
      case "integer" -> pick(rnd, "0", "1", "2", "3389", "443");
      default -> pick(rnd, "true", "false", "yes", "no");
    };
  }

  private static List<Map<String, String>> answers(Random rnd, Checklist checklist) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Item item : checklist.items()) {
      if (item.check().question() && rnd.nextBoolean()) {
        rows.add(Fixtures.row("item_id", item.id(), "answer", pick(rnd, "yes", "partial", "no", "unknown"),
            "answered_on", "2026-10-01"));
      }
    }
    return rows;
  }

  private static Inputs inputs(Map<String, List<Map<String, String>>> data, Set<String> kept,
      List<Map<String, String>> answers) {
    Inputs.Builder b = Inputs.builder();
    data.forEach((ds, rows) -> {
      if (kept.contains(ds)) {
        if (rows.isEmpty()) {
          // A given dataset with no rows: the header only.
          b.table(ds, ds + " (in memory)", List.copyOf(COLUMNS.get(ds).keySet()), List.of());
        } else {
          b.rows(ds, rows);
        }
      }
    });
    if (answers != null && !answers.isEmpty()) {
      b.rows("answers", answers);
    }
    return b.build();
  }

  private static String pick(Random rnd, String... values) {
    return values[rnd.nextInt(values.length)];
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static String header() {
    String mini = Fixtures.resource("checklists/mini.yaml");
    return mini.substring(0, mini.indexOf("items:\n"));
  }
}
