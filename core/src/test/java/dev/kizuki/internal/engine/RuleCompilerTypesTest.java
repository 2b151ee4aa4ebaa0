package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Check;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Operand;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which column types a join, a comparison of two columns and an ordering accept: the whole matrix of the
 * type checks, so that no one case of them can change unseen.
 */
class RuleCompilerTypesTest {
  private static final Item ITEM = Item.builder("I", "c").lesson("L").check(Check.questionOnly()).build();

  /** A dataset with one column of each type, named after the type. */
  private static DatasetSchema everyType(String id) {
    DatasetSchema.Builder b = DatasetSchema.builder(id, "string");
    for (ColumnType t : ColumnType.values()) {
      Column.Builder c = Column.builder(t.id(), t);
      if (t == ColumnType.ENUM) {
        c.value(new EnumValue("high", Text.of("高", "High"), List.of()));
      }
      b.column(c.build());
    }
    return b.build();
  }

  private static final DatasetSchema MINE = everyType("mine");
  private static final DatasetSchema THEIRS = everyType("theirs");

  private final IndexPlan plan = new IndexPlan();
  private final RuleCompiler compiler =
      new RuleCompiler(Map.of("mine", MINE, "theirs", THEIRS), Limits.defaults(), plan, "t.yaml");

  private Checked<RowTest> compile(Predicate p) {
    return compiler.predicate(p, MINE, ITEM, "p");
  }

  /** Compiled when {@code ok}; else not, with the one issue at {@code path} saying {@code en}. */
  private static void assertOkOrOnlyIssue(Checked<RowTest> c, boolean ok, String path, String en) {
    assertThat(c.ok()).isEqualTo(ok);
    if (!ok) {
      assertThat(c.issues()).singleElement().satisfies(i -> {
        assertThat(i.path()).isEqualTo(path);
        assertThat(i.message().en()).isEqualTo(en);
      });
    }
  }

  /** Equal types join; so do text types (string, enum) with each other; nothing else. */
  @ParameterizedTest(name = "{0} joins {1}: {2}")
  @CsvSource({
    "string, string, true", "enum, enum, true", "string, enum, true", "enum, string, true",
    "integer, integer, true", "decimal, decimal, true", "date, date, true", "boolean, boolean, true",
    "integer, decimal, false", "decimal, integer, false", "integer, string, false", "string, integer, false",
    "date, string, false", "enum, date, false", "boolean, string, false", "string, boolean, false",
  })
  void exists_joinTypes(String mine, String theirs, boolean ok) {
    Checked<RowTest> c = compile(new Predicate.Exists("theirs", Map.of(mine, theirs), Optional.empty()));

    assertOkOrOnlyIssue(c, ok, "p.exists.on." + mine,
        "joined columns must have the same type, were " + mine + " and " + theirs);
    assertThat(plan.count()).isEqualTo(ok ? 1 : 0);
  }

  /** Two columns compare when of one type, or both numbers (integer, decimal); enum with string does not. */
  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource({
    "string, string, true", "enum, enum, true", "integer, integer, true", "decimal, decimal, true",
    "integer, decimal, true", "decimal, integer, true", "date, date, true", "boolean, boolean, true",
    "string, enum, false", "enum, string, false", "integer, string, false", "string, decimal, false",
    "date, integer, false", "integer, date, false", "boolean, integer, false", "decimal, boolean, false",
  })
  void compare_twoColumnTypes(String field, String other, boolean ok) {
    Checked<RowTest> c = compile(new Predicate.Compare(field, Predicate.Op.EQ, new Operand.Field(other)));

    assertOkOrOnlyIssue(c, ok, "p.eq", "cannot compare a " + field + " column with a " + other + " column");
  }

  /** Ordering (lt, le, gt, ge) needs an integer, decimal or date column; equality takes any. */
  @ParameterizedTest(name = "{1} on {0}: {2}")
  @CsvSource({
    "integer, LT, true", "decimal, GE, true", "date, GT, true", "integer, LE, true",
    "string, LT, false", "enum, GE, false", "boolean, GT, false", "string, LE, false",
    "string, EQ, true", "boolean, NE, true", "enum, EQ, true",
  })
  void compare_orderingNeedsAnOrderedColumn(String field, Predicate.Op op, boolean ok) {
    Checked<RowTest> c = compile(new Predicate.Compare(field, op, new Operand.Field(field)));

    assertOkOrOnlyIssue(c, ok, "p." + op.id(),
        op.id() + " needs an integer, decimal or date column, " + field + " is " + field);
  }

  @Test
  void recency_zeroDays_compiles() {
    assertThat(compile(new Predicate.Recency("date", new Operand.Literal(0L), true)).ok()).isTrue();
  }

  /** The regex allowance is spent across the checklist: what one regex takes, the next cannot have. */
  @Test
  void matches_regexesTogetherOverTheAllowance_failAtTheOneThatExceedsIt() {
    String regex = "(a|b|c|d|e|f|g|h){1,100}";
    long size = java.util.Objects.requireNonNull(
        Regexes.compile(regex, 256, Regexes.MAX_TOTAL_PROGRAM_SIZE).regex()).size();
    long fit = Regexes.MAX_TOTAL_PROGRAM_SIZE / size;

    for (long k = 0; k < fit; k++) {
      assertThat(compile(new Predicate.Matches("string", regex)).ok()).as("regex %s", k).isTrue();
    }
    assertThat(compile(new Predicate.Matches("string", regex)).issues()).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo("p.matches"));
  }
}
