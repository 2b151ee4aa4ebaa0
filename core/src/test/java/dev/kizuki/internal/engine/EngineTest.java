package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.OneChecklist.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.CompiledChecklist;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the one pass counts rows into a rule's tally and keeps its evidence, through a whole assessment. */
class EngineTest {
  private static final String WHERE_N_POSITIVE = """
      dataset: systems
      where: {field: n, ge: 1}
      require: {field: ok, eq: true}
      expect: all
      """;

  /** The item's one evidence row: its key, its result and why. */
  private static void assertOnlyEvidence(ItemResult r, String key, Outcome result, String reasonEn) {
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.key()).isEqualTo(key);
      assertThat(ref.result()).isEqualTo(result);
      assertThat(ref.reason().en()).isEqualTo(reasonEn);
    });
  }

  /** Fail closed: a row whose where cannot be read makes the item ERROR, never a FAIL or a PASS on the others. */
  @Test
  void judge_whereOnAnInvalidCell_isAnErrorWithTheRowAsEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", WHERE_N_POSITIVE));

    ItemResult r = OneChecklist.result(c, "I",
        List.of(row("id", "S1", "n", "2", "ok", "true"), row("id", "S2", "n", "many", "ok", "true")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(r.evidence().errors()).isEqualTo(1);
    assertOnlyEvidence(r, "S2", Outcome.ERROR, "n holds an invalid value (see data issues)");
  }

  /** A row whose where is unknown is an unknown row, never a passing one. */
  @Test
  void judge_whereOnABlankCell_isAnUnknownRowWithTheRowAsEvidence() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", WHERE_N_POSITIVE));

    ItemResult r = OneChecklist.result(c, "I",
        List.of(row("id", "S1", "n", "2", "ok", "true"), row("id", "S2", "ok", "true")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.evidence().unknown()).isEqualTo(1);
    assertOnlyEvidence(r, "S2", Outcome.UNKNOWN, "n is blank (needed: n ≥ 1)");
  }

  /** expect: none over a where that is unknown or invalid on a row: that row decides, and is the evidence. */
  @ParameterizedTest(name = "n = {0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "''; UNKNOWN; 1 row has blank cells, so it cannot be told whether it matches; n is blank (needed: n > 5)",
    "x; ERROR; 1 row holds invalid values the rule needs; n holds an invalid value (see data issues)",
  })
  void judge_expectNoneWhereNotTrueOrFalse_keepsTheRowAsEvidence(String n, Outcome outcome, String itemReasonEn,
      String reasonEn) {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        where: {field: n, gt: 5}
        expect: none
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "n", "1"), row("id", "S2", "n", n)), List.of());

    assertThat(r.outcome()).isEqualTo(outcome);
    assertThat(r.reason().en()).isEqualTo(itemReasonEn);
    assertOnlyEvidence(r, "S2", outcome, reasonEn);
  }

  /** expect: none with two blank rows says so in the plural. */
  @Test
  void judge_expectNoneTwoRowsBlank_saysSoInThePlural() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        where: {field: n, gt: 5}
        expect: none
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1"), row("id", "S2")), List.of());

    assertThat(r.reason().en()).isEqualTo("2 rows have blank cells, so it cannot be told whether they match");
  }

  /** Decimals are shown without trailing zeros, in the cell and in the constant alike. */
  @Test
  void judge_decimalCell_isShownWithoutTrailingZeros() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {field: x, ge: 2.50}
        expect: all
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "x", "1.50")), List.of());

    assertOnlyEvidence(r, "S1", Outcome.FAIL, "x = 1.5 (needed: x ≥ 2.5)");
  }

  /** Comparing two columns: an invalid cell in the other column makes the row an error, not a fail. */
  @Test
  void judge_compareFieldsWithTheOtherCellInvalid_isAnError() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {field: n, le: {field: x}}
        expect: all
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "n", "1", "x", "2.5"),
        row("id", "S2", "n", "1", "x", "lots")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertOnlyEvidence(r, "S2", Outcome.ERROR, "x holds an invalid value (see data issues)");
  }

  /** A row failing a not says that what must not hold does. */
  @Test
  void judge_rowFailingANot_saysWhatHolds() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {not: {field: ok, eq: true}}
        expect: all
        """));

    ItemResult r = OneChecklist.result(c, "I", List.of(row("id", "S1", "ok", "false"), row("id", "S2", "ok", "true")),
        List.of());

    assertOnlyEvidence(r, "S2", Outcome.FAIL, "(ok = true) holds");
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
