package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.OneChecklist.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.CompiledChecklist;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the one pass counts rows into a rule's tally and keeps its evidence, through a whole assessment. */
class EngineTest {
  private static final String WHERE_N_POSITIVE = """
      dataset: systems
      where: {field: n, ge: 1}
      require: {field: ok, eq: true}
      expect: all
      """;

  /** Fail closed: a row whose where cannot be read makes the item ERROR, never a FAIL or a PASS on the others. */
  @Test
  void judge_whereOnAnInvalidCell_isAnErrorWithTheRowAsEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", WHERE_N_POSITIVE));

    ItemResult r = OneChecklist.result(c, "I",
        List.of(row("id", "S1", "n", "2", "ok", "true"), row("id", "S2", "n", "many", "ok", "true")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(r.evidence().errors()).isEqualTo(1);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.key()).isEqualTo("S2");
      assertThat(ref.result()).isEqualTo(Outcome.ERROR);
      assertThat(ref.reason().en()).isEqualTo("n holds an invalid value (see data issues)");
    });
  }

  @Test
  void judge_whereOnABlankCell_isAnUnknownRowWithTheRowAsEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", WHERE_N_POSITIVE));

    ItemResult r = OneChecklist.result(c, "I",
        List.of(row("id", "S1", "n", "2", "ok", "true"), row("id", "S2", "ok", "true")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.evidence().unknown()).isEqualTo(1);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.key()).isEqualTo("S2");
      assertThat(ref.result()).isEqualTo(Outcome.UNKNOWN);
      assertThat(ref.reason().en()).isEqualTo("n is blank (needed: n ≥ 1)");
    });
  }

  @Test
  void judge_expectNoneWhereBlank_keepsTheRowAsUnknownEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        where: {field: ok, eq: false}
        expect: none
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "ok", "true"), row("id", "S2")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.evidence().rows()).extracting(RowRef::key, RowRef::result)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("S2", Outcome.UNKNOWN));
  }

  @Test
  void judge_expectNoneWhereInvalid_isAnErrorWithTheRowAsEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        where: {field: n, gt: 5}
        expect: none
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "n", "1"), row("id", "S2", "n", "x")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(r.evidence().rows()).extracting(RowRef::key, RowRef::result)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("S2", Outcome.ERROR));
  }

  /** A row with every cell blank is passed over, as a blank CSV line is: the dataset stays readable. */
  @Test
  void read_aRowOfBlankCells_isPassedOverAndTheDatasetStaysReadable() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {field: ok, eq: true}
        expect: all
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "ok", "true"), row("id", "", "ok", "")),
        List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
    assertThat(r.evidence().applicable()).isEqualTo(1);
  }

  /**
   * Each row read adds its allowance to the evaluation budget: with a budget that covers exactly 10 000
   * matches, 10 050 rows still all match, because each brings a ten-thousandth of it.
   */
  @Test
  void assess_manyRows_eachRowAddsItsAllowanceToTheBudget() {
    Regexes.Regex regex = Regexes.compile("a+", 256, Regexes.MAX_TOTAL_PROGRAM_SIZE).regex();
    long perMatch = java.util.Objects.requireNonNull(regex).cost(1);
    CompiledChecklist c = OneChecklist.compile(Limits.defaults().withMaxEvalSteps(10_000 * perMatch),
        OneChecklist.item("I", """
            dataset: systems
            require: {field: s, matches: "a+"}
            expect: all
            """));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 10_050; i++) {
      rows.add(row("id", "S" + i, "s", "a"));
    }

    ItemResult r = OneChecklist.result(c, "I", rows, List.of());

    assertThat(r.evidence().passing()).isEqualTo(10_050);
    assertThat(r.outcome()).isEqualTo(Outcome.PASS);
  }
}
