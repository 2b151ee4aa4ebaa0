package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Check;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Expectation;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Normalization;
import dev.kizuki.Operand;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each predicate kind's type and reference errors, with the exact path and both texts. */
class RuleCompilerTest {
  private static final Text T = Text.of("t", "t");
  private static final DatasetSchema SYSTEMS = DatasetSchema.builder("systems", "id")
      .column(Column.builder("id", ColumnType.STRING).required().build())
      .column(Column.builder("tier", ColumnType.ENUM).value(new EnumValue("high", Text.of("高", "High"), List.of()))
          .build())
      .column(Column.builder("tested_on", ColumnType.DATE).build())
      .column(Column.builder("copies", ColumnType.INTEGER).build())
      .column(Column.builder("share", ColumnType.DECIMAL).build())
      .column(Column.builder("offline", ColumnType.BOOLEAN).build())
      .build();
  private static final DatasetSchema BACKUPS = DatasetSchema.builder("backups", "bid")
      .column(Column.builder("bid", ColumnType.STRING).required().build())
      .column(Column.builder("system_id", ColumnType.STRING).build())
      .column(Column.builder("copies", ColumnType.INTEGER).build())
      .build();
  private static final Item ITEM = Item.builder("I", "c").lesson("L")
      .parameter(new Parameter("days", ColumnType.INTEGER, -3L, T))
      .parameter(new Parameter("name", ColumnType.STRING, "x", T))
      .check(Check.questionOnly()).build();

  private final IndexPlan plan = new IndexPlan();
  private final RuleCompiler compiler =
      new RuleCompiler(Map.of("systems", SYSTEMS, "backups", BACKUPS), Limits.defaults(), plan, "t.yaml");

  private Checked<RowTest> compile(Predicate p) {
    return compiler.predicate(p, SYSTEMS, ITEM, "p");
  }

  private static void assertIssue(Checked<?> c, String path, String ja, String en) {
    assertThat(c.value()).isEmpty();
    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.source()).isEqualTo("t.yaml");
      assertThat(i.path()).isEqualTo(path);
      assertThat(i.message()).isEqualTo(Text.of(ja, en));
    });
  }

  @Test
  void predicate_unknownColumn_isAnIssueAtItsFieldListingTheColumns() {
    assertIssue(compile(new Predicate.Present("nope", true)), "p.field",
        "データセット systems に列「nope」はありません。列: id, tier, tested_on, copies, share, offline",
        "dataset systems has no column \"nope\"; expected one of: id, tier, tested_on, copies, share, offline");
  }

  @Test
  void matches_onAnIntegerColumn_isATypeError() {
    assertIssue(compile(new Predicate.Matches("copies", "^a")), "p.matches",
        "matches は文字列か列挙の列にだけ使えます（copies は integer）", "matches needs a string or enum column, copies is integer");
  }

  @Test
  void matches_onAnEnumColumn_compiles() {
    assertThat(compile(new Predicate.Matches("tier", "^h")).ok()).isTrue();
  }

  @Test
  void recency_onAStringColumn_isATypeError() {
    assertIssue(compile(new Predicate.Recency("id", new Operand.Literal(3L), true)), "p.within_days",
        "within_days は日付の列にだけ使えます（id は string）", "within_days needs a date column, id is string");
  }

  @Test
  void recency_daysFromAField_needsANumber() {
    assertIssue(compile(new Predicate.Recency("tested_on", new Operand.Field("copies"), false)), "p.older_than_days",
        "older_than_days には日数（整数かパラメータ）が必要です",
        "older_than_days needs a number of days, a whole number or a parameter");
  }

  @Test
  void recency_negativeDaysFromAParameter_isRejected() {
    assertIssue(compile(new Predicate.Recency("tested_on", new Operand.Param("days"), true)), "p.within_days",
        "0 以上の整数の日数が必要ですが、-3 でした", "expected a whole number of days, 0 or more, found -3");
  }

  @Test
  void recency_unknownParameter_listsTheDeclaredOnes() {
    assertIssue(compile(new Predicate.Recency("tested_on", new Operand.Param("max"), true)), "p.within_days",
        "パラメータ「max」は定義されていません。定義済み: days, name",
        "unknown parameter \"max\"; expected one of: days, name");
  }

  @Test
  void in_withoutValues_isAnIssue() {
    assertIssue(compile(new Predicate.In("id", List.of(), true)), "p.not_in", "値が1つ以上必要です",
        "expected at least one value");
  }

  @Test
  void in_onADecimalColumn_isRejected() {
    assertIssue(compile(new Predicate.In("share", List.of(new Operand.Literal(1L)), false)), "p.in",
        "in / not_in は小数の列には使えません", "in / not_in cannot be used on decimal columns");
  }

  @Test
  void in_valueNotOfTheEnum_isAnIssueAtTheValue() {
    assertIssue(compile(new Predicate.In("tier", List.of(new Operand.Literal("mid")), false)), "p.in[0]",
        "列 tier の値として「mid」は定義されていません。使える値: high",
        "\"mid\" is not a value of column tier; expected one of high");
  }

  @Test
  void compare_orderingOnABooleanColumn_isATypeError() {
    assertIssue(compile(new Predicate.Compare("offline", Predicate.Op.GT, new Operand.Literal(1L))), "p.gt",
        "gt は整数・小数・日付の列にだけ使えます（offline は boolean）",
        "gt needs an integer, decimal or date column, offline is boolean");
  }

  @Test
  void compare_twoColumnsOfDifferentTypes_isATypeError() {
    assertIssue(compile(new Predicate.Compare("tested_on", Predicate.Op.LT, new Operand.Field("copies"))), "p.lt",
        "比較する列の型が合いません（date と integer）", "cannot compare a date column with a integer column");
  }

  @Test
  void compare_integerWithDecimalColumn_compiles() {
    assertThat(compile(new Predicate.Compare("copies", Predicate.Op.LT, new Operand.Field("share"))).ok()).isTrue();
  }

  @Test
  void compare_literalOfTheWrongType_isAnIssue() {
    assertIssue(compile(new Predicate.Compare("copies", Predicate.Op.EQ, new Operand.Literal(true))), "p.eq",
        "列 copies（integer）と比べられる値が必要ですが、true でした",
        "expected a value comparable with column copies (integer), found true");
  }

  @Test
  void compare_stringParameterOnAnIntegerColumn_isAnIssue() {
    assertIssue(compile(new Predicate.Compare("copies", Predicate.Op.GE, new Operand.Param("name"))), "p.ge",
        "列 copies（integer）と比べられる値が必要ですが、x でした",
        "expected a value comparable with column copies (integer), found x");
  }

  @Test
  void compare_decimalLiteralOnAnIntegerColumn_keepsTheValue() {
    assertThat(compile(new Predicate.Compare("copies", Predicate.Op.GE, new Operand.Literal(new BigDecimal("1.5"))))
        .ok()).isTrue();
  }

  @Test
  void all_withoutPredicates_isAnIssue() {
    assertIssue(compile(new Predicate.All(List.of())), "p.all", "述語が1つ以上必要です", "expected at least one predicate");
  }

  @Test
  void any_twoBadParts_reportsBothInOrder() {
    Checked<RowTest> c = compile(new Predicate.Any(List.of(new Predicate.Present("a", true),
        new Predicate.Not(new Predicate.Present("b", true)))));

    assertThat(c.value()).isEmpty();
    assertThat(c.issues()).extracting(Issue::path).containsExactly("p.any[0].field", "p.any[1].not.field");
  }

  @Test
  void exists_ownDataset_isRejected() {
    assertIssue(compile(new Predicate.Exists("systems", Map.of("id", "id"), Optional.empty())), "p.exists.dataset",
        "exists は同じデータセットを参照できません", "exists cannot look into its own dataset");
  }

  @Test
  void exists_unknownDataset_listsTheKnownOnes() {
    Checked<RowTest> c = compile(new Predicate.Exists("nope", Map.of("id", "id"), Optional.empty()));

    assertThat(c.issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("p.exists.dataset");
      assertThat(i.message().en()).startsWith("unknown dataset \"nope\"; expected one of: ");
    });
  }

  @Test
  void exists_withoutOn_isRejected() {
    assertIssue(compile(new Predicate.Exists("backups", Map.of(), Optional.empty())), "p.exists.on",
        "on に列の対応が1つ以上必要です", "on needs at least one column pair");
  }

  @Test
  void exists_joinOfDifferentTypes_isATypeErrorAndPlansNoIndex() {
    assertIssue(compile(new Predicate.Exists("backups", Map.of("copies", "system_id"), Optional.empty())),
        "p.exists.on.copies", "結合する列の型が一致しません（integer と string）",
        "joined columns must have the same type, were integer and string");
    assertThat(plan.count()).isZero();
    assertThat(plan.needs()).isEmpty();
  }

  @Test
  void exists_joinOfEnumAndString_compilesAndPlansAnIndex() {
    Checked<RowTest> c = compile(new Predicate.Exists("backups", Map.of("tier", "system_id"), Optional.empty()));

    assertThat(c.ok()).isTrue();
    assertThat(plan.count()).isEqualTo(1);
    assertThat(plan.needs()).containsEntry("systems", java.util.Set.of("backups"));
  }

  @Test
  void exists_badFilter_isReportedAtTheFilter() {
    Checked<RowTest> c = compile(new Predicate.Exists("backups", Map.of("id", "system_id"),
        Optional.of(new Predicate.Matches("copies", "x"))));

    assertThat(c.issues()).extracting(Issue::path).containsExactly("p.exists.where.matches");
  }

  @Test
  void rule_expectNoneWithRequireAndNoWhere_reportsBoth() {
    DataRule rule = DataRule.builder("systems").require(new Predicate.Present("id", true))
        .expect(Expectation.none()).build();

    Checked<CompiledRule> c = compiler.rule(0, ITEM, rule, "items[0].check");

    assertThat(c.value()).isEmpty();
    assertThat(c.issues()).extracting(i -> i.path() + ": " + i.message().en()).containsExactly(
        "items[0].check.data.require: expect: none takes no require: where selects the offending rows",
        "items[0].check.data: expect: none needs where");
  }

  @Test
  void rule_expectRatioWithoutRequire_needsRequire() {
    DataRule rule = DataRule.builder("systems").where(new Predicate.Present("id", true))
        .expect(Expectation.ratio(0.5)).build();

    assertIssue(compiler.rule(0, ITEM, rule, "items[0].check"), "items[0].check.data",
        "expect: ratio には require が必要です", "expect: ratio needs require");
  }

  @Test
  void rule_unknownDataset_isAnIssueAtTheDataset() {
    Checked<CompiledRule> c = compiler.rule(0, ITEM, DataRule.builder("nope").build(), "items[0].check");

    assertThat(c.issues()).extracting(Issue::path).containsExactly("items[0].check.data.dataset");
  }

  @Test
  void rule_valid_compilesWithItsDescription() {
    DataRule rule = DataRule.builder("systems").require(new Predicate.Present("id", true)).build();

    Checked<CompiledRule> c = compiler.rule(2, ITEM, rule, "items[2].check");

    assertThat(c.issues()).isEmpty();
    assertThat(c.value()).hasValueSatisfying(r -> {
      assertThat(r.itemIndex).isEqualTo(2);
      assertThat(r.dataset).isEqualTo("systems");
      assertThat(r.description.en()).isNotEmpty();
    });
  }

  // ---- network sources and identities ------------------------------------------------------------------

  private static final DatasetSchema EXPOSED = DatasetSchema.builder("exposed", "id")
      .column(Column.builder("id", ColumnType.STRING).required().build())
      .column(Column.builder("sources", ColumnType.NETWORK).build())
      .column(Column.builder("service", ColumnType.STRING).build())
      .column(Column.builder("owner", ColumnType.STRING).normalize(Normalization.TEXT).build())
      .column(Column.builder("vendor", ColumnType.STRING).normalize(Normalization.ORGANIZATION).build())
      .column(Column.builder("storage", ColumnType.STRING).normalize(Normalization.DEVICE).build())
      .build();
  private static final DatasetSchema PARTNERS = DatasetSchema.builder("partners", "name")
      .column(Column.builder("name", ColumnType.STRING).required().normalize(Normalization.ORGANIZATION).build())
      .column(Column.builder("dept", ColumnType.STRING).normalize(Normalization.TEXT).build())
      .build();
  private static final Item NET_ITEM = Item.builder("I", "c").lesson("L")
      .parameter(new Parameter("hosts", ColumnType.INTEGER, 16L, T))
      .parameter(new Parameter("label", ColumnType.STRING, "x", T))
      .check(Check.questionOnly()).build();

  private Checked<RowTest> compileNet(Predicate p) {
    RuleCompiler c = new RuleCompiler(Map.of("exposed", EXPOSED, "partners", PARTNERS), Limits.defaults(),
        new IndexPlan(), "t.yaml");
    return c.predicate(p, EXPOSED, NET_ITEM, "p");
  }

  private static Predicate.Allows any(String field, Operand o) {
    return new Predicate.Allows(field, Predicate.Allows.Breadth.ANY, o);
  }

  private static Predicate.Allows moreThan(String field, Operand o) {
    return new Predicate.Allows(field, Predicate.Allows.Breadth.MORE_THAN, o);
  }

  @Test
  void allows_onAStringColumn_isATypeError() {
    assertIssue(compileNet(any("service", new Operand.Literal(true))), "p.allows_any",
        "allows_any はネットワーク（network）の列にだけ使えます（service は string）",
        "allows_any needs a network column, service is string");
    assertIssue(compileNet(moreThan("owner", new Operand.Literal(256L))), "p.allows_more_than",
        "allows_more_than はネットワーク（network）の列にだけ使えます（owner は string）",
        "allows_more_than needs a network column, owner is string");
  }

  @Test
  void allowsAny_notABoolean_isAnIssue() {
    assertIssue(compileNet(any("sources", new Operand.Literal("yes"))), "p.allows_any",
        "allows_any には true または false が必要ですが、yes でした", "allows_any needs true or false, found yes");
    assertIssue(compileNet(any("sources", new Operand.Param("label"))), "p.allows_any",
        "allows_any には true または false が必要ですが、x でした", "allows_any needs true or false, found x");
  }

  @Test
  void allowsMoreThan_negativeOrFieldOrUnknownParam_isAnIssue() {
    assertIssue(compileNet(moreThan("sources", new Operand.Literal(-1L))), "p.allows_more_than",
        "allows_more_than には 0 以上の整数のアドレス数が必要ですが、-1 でした",
        "allows_more_than needs a whole number of addresses, 0 or more, found -1");
    assertIssue(compileNet(moreThan("sources", new Operand.Field("service"))), "p.allows_more_than",
        "allows_more_than には値かパラメータが必要です（別の列は使えません）",
        "allows_more_than needs a value or a parameter, not another column");
    assertIssue(compileNet(moreThan("sources", new Operand.Param("nope"))), "p.allows_more_than",
        "パラメータ「nope」は定義されていません。定義済み: hosts, label",
        "unknown parameter \"nope\"; expected one of: hosts, label");
  }

  @Test
  void allows_onANetworkColumnWithParameter_compilesAndDescribes() {
    RowTest t = compileNet(moreThan("sources", new Operand.Param("hosts"))).value().orElseThrow();

    assertThat(t.describe()).isEqualTo(Text.of("sources が 16 個を超えるアドレスを許可している",
        "sources allows more than 16 addresses"));
    assertThat(compileNet(any("sources", new Operand.Literal(false))).value().orElseThrow().describe())
        .isEqualTo(Text.of("sources がすべての送信元を許可してはいない", "sources does not allow every source"));
  }

  @Test
  void compareFields_differentDeclaredForms_isAnIssue() {
    assertIssue(compileNet(new Predicate.Compare("vendor", Predicate.Op.NE, new Operand.Field("storage"))), "p.ne",
        "列 vendor（normalize: organization）と列 storage（normalize: device）は正規化が異なるため、同じものか比べられません。"
            + "両方に同じ normalize を宣言してください",
        "column vendor (normalize: organization) and column storage (normalize: device) are normalized"
            + " differently, so they cannot be compared as identities; declare the same normalize on both");
  }

  @Test
  void exists_differentDeclaredForms_isAnIssueAtThePair() {
    Predicate e = new Predicate.Exists("partners", Map.of("owner", "name"), Optional.empty());

    assertIssue(compileNet(e), "p.exists.on.owner",
        "列 owner（normalize: text）と列 name（normalize: organization）は正規化が異なるため、同じものか比べられません。"
            + "両方に同じ normalize を宣言してください",
        "column owner (normalize: text) and column name (normalize: organization) are normalized"
            + " differently, so they cannot be compared as identities; declare the same normalize on both");
  }

  @Test
  void exists_oneSideExact_takesTheDeclaredForm() {
    assertThat(compileNet(new Predicate.Exists("partners", Map.of("service", "name"), Optional.empty())).ok())
        .isTrue();
    assertThat(compileNet(new Predicate.Exists("partners", Map.of("vendor", "name"), Optional.empty())).ok())
        .isTrue();
  }
}
