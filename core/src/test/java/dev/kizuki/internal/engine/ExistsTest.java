package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.OneChecklist.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.Outcome;
import dev.kizuki.testing.ChecklistYaml;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code exists} tests through a whole assessment: shared key indexes, joins on several columns. */
class ExistsTest {
  private static String existsItem(String id, String exists) {
    return OneChecklist.item(id, """
        dataset: systems
        require: {exists: %s}
        expect: all
        """.formatted(exists));
  }

  private static final String TESTED = "{dataset: backups, on: {id: system_id}, where: {field: tested, eq: true}}";
  private static final String ANY = "{dataset: backups, on: {id: system_id}}";

  private static final List<Map<String, String>> SYSTEMS = List.of(row("id", "S1", "s", "tokyo"),
      row("id", "S2", "s", "osaka"));
  private static final List<Map<String, String>> BACKUPS = List.of(
      row("bid", "B1", "system_id", "S1", "site", "osaka", "tested", "false"),
      row("bid", "B2", "system_id", "S2", "site", "osaka", "tested", "true"));

  private static int indexCount(String... items) {
    return Compiler.compile(ChecklistLoader.create().parse("one.yaml",
        ChecklistYaml.checklist("one", OneChecklist.DATASETS, items)), Limits.defaults(), "one.yaml")
        .value().orElseThrow().indexCount;
  }

  /**
   * Two items with the same exists test share one index, and each still gets its own right outcome; a third
   * on the same columns without the filter gets an index of its own, not the filtered one.
   */
  @Test
  void assess_twoExistsTestsSharingOneIndex_areEachJudgedOnIt() {
    String[] items = {existsItem("A", TESTED), existsItem("B", TESTED), existsItem("C", ANY)};
    CompiledChecklist c = OneChecklist.compile(items);

    Assessment r = OneChecklist.assess(c, SYSTEMS, BACKUPS);

    assertThat(indexCount(items)).isEqualTo(2);
    for (String id : List.of("A", "B")) {
      ItemResult a = r.item(id).orElseThrow();
      assertThat(a.outcome()).as(id).isEqualTo(Outcome.PARTIAL);
      assertThat(a.evidence().passing()).as(id).isEqualTo(1);
      assertThat(a.evidence().rows()).as(id).singleElement().satisfies(ref -> assertThat(ref.key()).isEqualTo("S1"));
    }
    assertThat(r.item("C").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
  }

  /** Two exists tests in one rule, one with a filter and one without, each look into their own index. */
  @Test
  void assess_filteredAndUnfilteredExistsInOneRule_doNotShareAnIndex() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {all: [{exists: %s}, {not: {exists: %s}}]}
        expect: all
        """.formatted(ANY, TESTED)));

    ItemResult r = OneChecklist.result(c, "I", SYSTEMS, BACKUPS);

    // S1 has a backup, none tested: passes; S2's backup is tested: fails the not.
    assertThat(r.evidence().passing()).isEqualTo(1);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> assertThat(ref.key()).isEqualTo("S2"));
  }

  /** A join on two columns matches a row only where both agree, each with its own partner column. */
  @Test
  void assess_joinOnTwoColumns_needsBothToMatch() {
    CompiledChecklist c = OneChecklist.compile(existsItem("I",
        "{dataset: backups, on: {id: system_id, s: site}}"));

    ItemResult r = OneChecklist.result(c, "I", SYSTEMS, BACKUPS);

    // S1 is in tokyo but its backup in osaka; S2 and its backup are both in osaka.
    assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.key()).isEqualTo("S1");
      assertThat(ref.reason().en()).startsWith("no such row in backups");
    });
  }

  /** A blank cell in a key of two columns leaves the row unknown; an invalid one makes it an error. */
  @Test
  void assess_joinOnTwoColumnsWithABlankOrInvalidCell_isUnknownOrError() {
    CompiledChecklist c = OneChecklist.compile(existsItem("I",
        "{dataset: backups, on: {id: system_id, n: copies}}"));
    List<Map<String, String>> backups = List.of(row("bid", "B1", "system_id", "S1", "copies", "2"));

    ItemResult blank = OneChecklist.result(c, "I", List.of(row("id", "S1", "n", "2"), row("id", "S2")), backups);
    ItemResult invalid = OneChecklist.result(c, "I", List.of(row("id", "S1", "n", "2"), row("id", "S2", "n", "two")),
        backups);

    assertThat(blank.evidence().passing()).isEqualTo(1);
    assertThat(blank.evidence().unknown()).isEqualTo(1);
    assertThat(blank.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.result()).isEqualTo(Outcome.UNKNOWN);
      assertThat(ref.reason().en()).isEqualTo("id, n is blank");
    });
    assertThat(invalid.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(invalid.evidence().errors()).isEqualTo(1);
  }

  /** A matching row whose filter cannot be read makes the lookup an error, unless another row matches. */
  @Test
  void assess_existsWhoseFilterMeetsAnInvalidCell_isAnError() {
    CompiledChecklist c = OneChecklist.compile(existsItem("I",
        "{dataset: backups, on: {id: system_id}, where: {field: copies, ge: 1}}"));

    ItemResult r = OneChecklist.result(c, "I", SYSTEMS, List.of(
        row("bid", "B1", "system_id", "S1", "copies", "many"),
        row("bid", "B2", "system_id", "S2", "copies", "many"), row("bid", "B3", "system_id", "S2", "copies", "2")));

    assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(r.evidence().passing()).isEqualTo(1);
    assertThat(r.evidence().rows()).singleElement().satisfies(ref -> {
      assertThat(ref.key()).isEqualTo("S1");
      assertThat(ref.result()).isEqualTo(Outcome.ERROR);
    });
  }

  /** Fail closed: an exists into a dataset that was not given is unknown, never a pass or a plain fail. */
  @Test
  void assess_existsIntoADatasetNotGiven_isUnknown() {
    CompiledChecklist c = OneChecklist.compile(existsItem("I", ANY));

    ItemResult r = OneChecklist.result(c, "I", SYSTEMS, List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.evidence().rows()).first().satisfies(
        ref -> assertThat(ref.reason().en()).isEqualTo("no data was given for backups"));
  }

  /**
   * Zero rows is not absence for a join: "no untested backup exists" over a header-only backups file is
   * unknown, not a pass, unless backups is declared complete.
   */
  @Test
  void assess_existsIntoAHeaderOnlyDataset_isUnknownUntilDeclaredComplete() {
    CompiledChecklist c = OneChecklist.compile(OneChecklist.item("I", """
        dataset: systems
        require: {not: {exists: {dataset: backups, on: {id: system_id}, where: {field: tested, eq: false}}}}
        expect: all
        """));
    List<String> header = List.of("bid", "system_id", "tested");
    Inputs.Builder in = Inputs.builder().rows("systems", SYSTEMS).table("backups", "backups.csv", header, List.of());

    ItemResult r = c.assess(in.build(), OneChecklist.OPTIONS).item("I").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.evidence().rows()).first().satisfies(ref -> assertThat(ref.reason().en()).isEqualTo(
        "backups has no rows and was not declared complete, so it cannot be told that no such row exists"));
    ItemResult declared = c.assess(in.declareComplete("backups", "情報システム部 山田", LocalDate.of(2026, 11, 30))
        .build(), OneChecklist.OPTIONS).item("I").orElseThrow();
    assertThat(declared.outcome()).isEqualTo(Outcome.PASS);
  }
}
