package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Assessing a dataset split into parts gives the same result as one pass over all of it. */
class MergeTest {
  private final CompiledChecklist mini = Fixtures.compiledMini();

  private static List<Map<String, String>> systems(Random rnd, int n) {
    String[] crit = {"high", "low", ""};
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String date = rnd.nextInt(5) == 0 ? "" : "2026-%02d-01".formatted(1 + rnd.nextInt(12)).replace("2026-12", "2024-12");
      String firmware = rnd.nextBoolean() ? "" : "2026-%02d-15".formatted(1 + rnd.nextInt(10));
      rows.add(Fixtures.row("system_id", "S" + i, "criticality", crit[rnd.nextInt(3)], "last_failover_test",
          rnd.nextInt(7) == 0 ? "2020/02/30" : date, "firmware_changed_on", firmware,
          "standby_count", String.valueOf(rnd.nextInt(3))));
    }
    return rows;
  }

  /** Per item: outcome, score, counts, and the keys of the kept evidence rows. */
  private static List<String> summary(Assessment a) {
    return a.items().stream().map(i -> i.id() + " " + i.outcome() + " " + i.score() + " " + i.evidence().applicable()
        + "/" + i.evidence().passing() + "/" + i.evidence().failing() + "/" + i.evidence().unknown() + "/"
        + i.evidence().errors() + " " + i.evidence().rows().stream().map(RowRef::key).toList()).toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void assess_splitInput_equalsOnePass(int seed) {
    Random rnd = new Random(seed);
    List<Map<String, String>> rows = systems(rnd, 40 + rnd.nextInt(40));
    AssessmentOptions options = Fixtures.options().withEvidenceLimit(4);
    Assessment whole = mini.assess(Inputs.builder().rows("systems", rows).build(), options);

    Inputs.Builder split = Inputs.builder();
    int from = 0;
    while (from < rows.size()) {
      int to = Math.min(rows.size(), from + 1 + rnd.nextInt(15));
      split.rows("systems", rows.subList(from, to));
      from = to;
    }
    Assessment parts = mini.assess(split.build(), options);

    assertThat(summary(parts)).isEqualTo(summary(whole));
    assertThat(parts.score()).isEqualTo(whole.score());
    assertThat(parts.coverage()).isEqualTo(whole.coverage());
  }
}
