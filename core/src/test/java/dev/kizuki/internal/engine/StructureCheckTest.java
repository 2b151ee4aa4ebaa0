package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Category;
import dev.kizuki.Check;
import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.IncidentCase;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Parameter;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids, cross-references, reserved names and limits, each with the exact path and both texts. */
class StructureCheckTest {
  private static final Text T = Text.of("t", "t");
  private static final DatasetSchema SYSTEMS = DatasetSchema.builder("systems", "id")
      .column(Column.builder("id", ColumnType.STRING).required().build()).build();

  private static Checklist.Builder base() {
    return Checklist.builder("s", "1").title(T).incidentCase(new IncidentCase("c1", T))
        .lesson(new SourceRef("L1", "c1", T)).category(new Category("gov", T, T, 1));
  }

  private static Item.Builder item(String id) {
    return Item.builder(id, "gov").lesson("L1");
  }

  private static List<String> issues(Checklist c) {
    return issues(c, Limits.defaults());
  }

  private static List<String> issues(Checklist c, Limits limits) {
    return StructureCheck.issues(c, limits, "s.yaml").stream().map(StructureCheckTest::show).toList();
  }

  private static String show(Issue i) {
    assertThat(i.source()).isEqualTo("s.yaml");
    return i.path() + ": " + i.message().ja() + " | " + i.message().en();
  }

  @Test
  void issues_soundChecklist_isEmpty() {
    assertThat(issues(base().dataset(SYSTEMS).item(item("A").check(Check.questionOnly()).build()).build())).isEmpty();
  }

  @Test
  void issues_duplicateItemId_isAtTheSecond() {
    Checklist c = base().item(item("A").check(Check.questionOnly()).build())
        .item(item("A").check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly("items[1]: 項目「A」が重複しています | duplicate item \"A\"");
  }

  @Test
  void issues_unknownCategoryLessonAndCase_listTheDeclaredIds() {
    Checklist c = base().measure(new SourceRef("M1", "c9", T))
        .item(Item.builder("A", "nope").lesson("L9").check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly(
        "measures[0].case: 事例「c9」は定義されていません。定義済み: c1 | unknown case \"c9\"; expected one of: c1",
        "items[0].category: カテゴリ「nope」は定義されていません。定義済み: gov"
            + " | unknown category \"nope\"; expected one of: gov",
        "items[0].lessons[0]: 教訓「L9」は定義されていません。定義済み: L1 | unknown lesson \"L9\"; expected one of: L1");
  }

  @Test
  void issues_itemWithoutLessonOrMeasure_mustTraceToTheSource() {
    Checklist c = base().item(Item.builder("A", "gov").check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly("items[0]: lessons または measures に1つ以上の ID が必要です（すべての項目は出典に遡れること）"
        + " | expected at least one id in lessons or measures: every item traces to its source");
  }

  @Test
  void issues_datasetNamedAnswersTwice_isReservedAndDuplicate() {
    DatasetSchema answers = DatasetSchema.builder("answers", "id")
        .column(Column.builder("id", ColumnType.STRING).build()).build();

    assertThat(issues(base().dataset(answers).dataset(answers).build())).containsExactly(
        "datasets[0].id: データセット名 answers は回答用に予約されています"
            + " | the dataset id \"answers\" is reserved for questionnaire answers",
        "datasets[1].id: データセット名 answers は回答用に予約されています"
            + " | the dataset id \"answers\" is reserved for questionnaire answers",
        "datasets[1].id: データセット「answers」が重複しています | duplicate dataset \"answers\"");
  }

  @Test
  void issues_enumSpellingOfTwoValues_isAmbiguous() {
    DatasetSchema ds = DatasetSchema.builder("systems", "id")
        .column(Column.builder("id", ColumnType.STRING).build())
        .column(Column.builder("tier", ColumnType.ENUM)
            .value(new EnumValue("high", T, List.of("h"))).value(new EnumValue("h", T, List.of())).build())
        .build();

    assertThat(issues(base().dataset(ds).build())).singleElement().asString()
        .startsWith("datasets[0].columns[1].values: 同じ表記が複数の値に使われています: ")
        .contains(" | the same spelling stands for more than one value: ");
  }

  @Test
  void issues_keyThatIsNoColumn_isAnIssueAtTheKey() {
    // The builder refuses such a key; the record's constructor is the way a caller can still build one.
    DatasetSchema ds = new DatasetSchema("systems", T, T, "system_id",
        List.of(Column.builder("id", ColumnType.STRING).build()));

    assertThat(issues(base().dataset(ds).build())).containsExactly(
        "datasets[0].key: キー列「system_id」が columns にありません | key column \"system_id\" is not among the columns");
  }

  @Test
  void issues_lessonNamedTwiceByAnItem_isAtTheSecond() {
    Checklist c = base().item(item("A").lesson("L1").check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly("items[0].lessons[1]: 教訓「L1」が重複しています | duplicate lesson \"L1\"");
  }

  @Test
  void issues_unknownMeasureOfAnItemAndUnknownCaseOfALesson_listTheDeclaredIds() {
    Checklist c = base().lesson(new SourceRef("L2", "c9", T)).measure(new SourceRef("M1", "c1", T))
        .item(item("A").measure("M9").check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly(
        "lessons[1].case: 事例「c9」は定義されていません。定義済み: c1 | unknown case \"c9\"; expected one of: c1",
        "items[0].measures[0]: 対策「M9」は定義されていません。定義済み: M1 | unknown measure \"M9\"; expected one of: M1");
  }

  @Test
  void issues_exactlyAsManyItemsAsTheLimit_isNoIssue() {
    Checklist c = base().item(item("A").check(Check.questionOnly()).build()).build();

    assertThat(issues(c, new Limits(1000, 10, 1, 10, 10, 10, 10, 10))).isEmpty();
  }

  @Test
  void issues_duplicateParameter_isAtTheSecond() {
    Parameter p = new Parameter("max", ColumnType.INTEGER, 1L, T);
    Checklist c = base().item(item("A").parameter(p).parameter(p).check(Check.questionOnly()).build()).build();

    assertThat(issues(c)).containsExactly(
        "items[0].parameters[1]: パラメータ「max」が重複しています | duplicate parameter \"max\"");
  }

  @Test
  void issues_whenEmptyNotApplicableWithoutAllowing_isAnIssue() {
    DataRule rule = DataRule.builder("systems").whenEmpty(WhenEmpty.NOT_APPLICABLE).build();
    Checklist c = base().dataset(SYSTEMS).item(item("A").check(Check.of(rule)).build()).build();

    assertThat(issues(c)).containsExactly("items[0].check.data.when_empty: "
        + "when_empty: not_applicable には allow_not_applicable: true が必要です"
        + " | when_empty: not_applicable needs allow_not_applicable: true");
  }

  @Test
  void issues_moreItemsThanTheLimit_isAnIssueAtItems() {
    Checklist c = base().item(item("A").check(Check.questionOnly()).build())
        .item(item("B").check(Check.questionOnly()).build()).build();
    Limits one = new Limits(1000, 10, 1, 10, 10, 10, 10, 10);

    assertThat(issues(c, one)).containsExactly("items: 項目数が上限 1 を超えています | more items than the limit of 1");
  }

  @Test
  void datasets_twoWithOneId_keepsTheFirst() {
    DatasetSchema other = DatasetSchema.builder("systems", "x")
        .column(Column.builder("x", ColumnType.STRING).build()).build();

    assertThat(StructureCheck.datasets(base().dataset(SYSTEMS).dataset(other).build()))
        .containsExactly(java.util.Map.entry("systems", SYSTEMS));
  }
}
