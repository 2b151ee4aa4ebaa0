package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A network column's own words for "every address" ({@code anything:}), kept in the schema beside the
 * standard vocabulary: read from YAML, honoured by rules, refused where they would change what a cell means.
 */
class AnythingWordsTest {

  /** mini.yaml with services.allowed_sources as a network column and RDP judged by the allow-list. */
  private static String yaml(String anythingLine) {
    return Fixtures.resource("checklists/mini.yaml")
        .replace("      - name: allowed_sources\n        type: string\n",
            "      - name: allowed_sources\n        type: network\n" + anythingLine)
        .replace("                - {field: allowed_sources, matches: \"(?i)any|0\\\\.0\\\\.0\\\\.0/0\"}",
            "                - {field: allowed_sources, allows_any: true}");
  }

  private static Outcome rdp(String yaml, String sources) {
    CompiledChecklist c = CompiledChecklist.compile(ChecklistLoader.create().parse("mini.yaml", yaml));
    Inputs in = Inputs.builder()
        .table("services", "services.csv", List.of("host", "port", "allowed_sources"),
            List.of(List.of("gw-01", "3389", sources)))
        .build();
    return c.assess(in, AssessmentOptions.asOf(LocalDate.of(2026, 11, 30))).item("RDP").orElseThrow().outcome();
  }

  @Test
  void declaredWord_meansEveryAddress_andFailsTheRule() {
    String y = yaml("        anything: [指定なし]\n");

    assertThat(ChecklistLoader.create().parse("mini.yaml", y).dataset("services").orElseThrow()
        .column("allowed_sources").orElseThrow().anything()).containsExactly("指定なし");
    assertThat(rdp(y, "指定なし")).isEqualTo(Outcome.FAIL);
    assertThat(rdp(y, "203.0.113.5, 指定なし")).isEqualTo(Outcome.FAIL);
    assertThat(rdp(y, "203.0.113.5")).isEqualTo(Outcome.PASS);
  }

  @Test
  void undeclared_theWordIsADataError_neverARestriction() {
    assertThat(rdp(yaml(""), "指定なし")).isEqualTo(Outcome.ERROR);
  }

  @Test
  void standardVocabulary_readsTheKanjiFormOfSeigenNashi() {
    assertThat(rdp(yaml(""), "制限無し")).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aWordThatReadsAsAnAddressOrHoldsASeparator_isRefusedAtItsPath() {
    ChecklistException e = catchLoad(yaml("        anything: [指定なし, 10.0.0.1, \"no limit\"]\n"));

    assertThat(e.issues()).extracting(Issue::path).containsExactly(
        "datasets[2].columns[2].anything[1]", "datasets[2].columns[2].anything[2]");
    assertThat(e.issues().get(0).message()).isEqualTo(Text.of(
        "「10.0.0.1」は「すべてのアドレス」を表す語として使えません（空白や区切りを含まず、アドレスとして読めない1語が必要です）",
        "\"10.0.0.1\" cannot be a word for every address: it must be one word, with no separator, that does not read"
            + " as an address"));
  }

  @Test
  void onAColumnThatIsNotNetwork_isRefused() {
    String y = Fixtures.resource("checklists/mini.yaml").replace(
        "      - name: allowed_sources\n        type: string\n",
        "      - name: allowed_sources\n        type: string\n        anything: [any]\n");

    ChecklistException e = catchLoad(y);

    assertThat(e.issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("datasets[2].columns[2].anything");
      assertThat(i.message().en()).isEqualTo("anything is only for network columns; this column is string");
    });
    assertThatThrownBy(() -> Column.builder("x", ColumnType.STRING).anything("any"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column x: only a network column takes words for anything but the type was string");
  }

  private static ChecklistException catchLoad(String yaml) {
    try {
      CompiledChecklist.compile(ChecklistLoader.create().parse("mini.yaml", yaml));
    } catch (ChecklistException e) {
      return e;
    }
    throw new AssertionError("expected the checklist to be refused");
  }
}
