package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.OneChecklist.row;
import static dev.kizuki.testing.ChecklistYaml.column;
import static dev.kizuki.testing.ChecklistYaml.dataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistException;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Issue;
import dev.kizuki.ItemResult;
import dev.kizuki.Limits;
import dev.kizuki.Operand;
import dev.kizuki.Outcome;
import dev.kizuki.Predicate;
import dev.kizuki.RowRef;
import dev.kizuki.Text;
import dev.kizuki.testing.ChecklistYaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code {outer: column}} in the where of an exists: a cloud service's SLA compared with what the looking-up
 * system needs. Parsing, every compile error with its path and both texts, the three-valued result over
 * several inner rows, blanks on each side, missing and empty inner data, and index sharing.
 */
class OuterOperandTest {
  private static final String DATASETS =
      dataset("systems", "id", column("id", "string", true), column("service", "string", false),
          column("need", "decimal", false), column("hours", "integer", false), column("day", "date", false),
          "{name: dept, type: string, normalize: text, description: {ja: dept, en: dept}}",
          "{name: vendor, type: string, normalize: organization, description: {ja: vendor, en: vendor}}")
      + dataset("services", "sid", column("sid", "string", true), column("doc", "string", false),
          column("sla", "decimal", false), column("rto", "integer", false), column("label", "string", false),
          column("due", "date", false), "{name: owner, type: string, normalize: text, description: {ja: owner, en: owner}}");

  private static final String SLA_MEETS_NEED = "{field: sla, ge: {outer: need}}";

  private static String item(String id, String require) {
    return ChecklistYaml.item(id, ("    check:\n      data:\n" + """
        dataset: systems
        require: %s
        expect: all
        """.formatted(require).indent(8)));
  }

  private static String exists(String where) {
    return "{exists: {dataset: services, on: {service: sid}, where: " + where + "}}";
  }

  private static String checklist(String... items) {
    return ChecklistYaml.checklist("one", DATASETS, items);
  }

  private static CompiledChecklist compile(Limits limits, String... items) {
    return CompiledChecklist.compile(ChecklistLoader.create(limits).parse("one.yaml", checklist(items)), limits);
  }

  private static CompiledChecklist compile(String... items) {
    return compile(Limits.defaults(), items);
  }

  private static Issue compileError(String require) {
    ChecklistException e = catchThrowableOfType(ChecklistException.class, () -> compile(item("I", require)));
    assertThat(e).as(require).isNotNull();
    assertThat(e.issues()).hasSize(1);
    return e.issues().get(0);
  }

  private static ItemResult result(CompiledChecklist c, List<Map<String, String>> systems,
      List<Map<String, String>> services) {
    return assess(c, systems, services).item("I").orElseThrow();
  }

  private static dev.kizuki.Assessment assess(CompiledChecklist c, List<Map<String, String>> systems,
      List<Map<String, String>> services) {
    Inputs.Builder in = Inputs.builder().rows("systems", systems);
    if (!services.isEmpty()) {
      in.rows("services", services);
    }
    return c.assess(in.build(), OneChecklist.OPTIONS);
  }

  private static RowRef ref(ItemResult r, String key) {
    return r.evidence().rows().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(
        () -> new AssertionError("no evidence row " + key + " in " + r.evidence().rows()));
  }

  private static Map<String, String> system(String id, String service, String need) {
    return row("id", id, "service", service, "need", need);
  }

  private static Map<String, String> service(String sid, String sla) {
    return row("sid", sid, "doc", "SLA", "sla", sla);
  }

  // ---- parsing and compile errors ----------------------------------------------------------------------

  @Test
  void parse_outerOperand_isAnOuterOperandInTheModel() {
    Checklist c = ChecklistLoader.create().parse("one.yaml", checklist(item("I", exists(SLA_MEETS_NEED))));

    Predicate require = c.items().get(0).check().data().orElseThrow().require().orElseThrow();

    Predicate.Exists e = (Predicate.Exists) require;
    assertThat(e.where()).contains(new Predicate.Compare("sla", Predicate.Op.GE, new Operand.Outer("need")));
    assertThat(new Operand.Outer("need").kind()).isEqualTo(Operand.Kind.OUTER);
  }

  @Test
  void parse_outerBesideAnotherOperandKey_isAShapeError() {
    ChecklistException e = catchThrowableOfType(ChecklistException.class, () -> ChecklistLoader.create()
        .parse("one.yaml", checklist(item("I", exists("{field: sla, ge: {outer: need, field: rto}}")))));

    assertThat(e.issues()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.ge");
      assertThat(i.message()).isEqualTo(Text.of(
          "述語は次のいずれかの形が必要です: {param: name}, {field: name}, {outer: name}",
          "expected a predicate: one of {param: name}, {field: name}, {outer: name}"));
    });
  }

  @Test
  void compile_unknownOuterColumn_isAnIssueAtTheOperandListingTheOuterColumns() {
    Issue i = compileError(exists("{field: sla, ge: {outer: needed}}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.ge.outer");
    assertThat(i.message()).isEqualTo(Text.of(
        "データセット systems に列「needed」はありません。列: id, service, need, hours, day, dept, vendor",
        "dataset systems has no column \"needed\"; expected one of: id, service, need, hours, day, dept, vendor"));
  }

  @Test
  void compile_outerOutsideAnExists_isAnIssue() {
    Issue i = compileError("{field: need, ge: {outer: hours}}");

    assertThat(i.path()).isEqualTo("items[0].check.data.require.ge.outer");
    assertThat(i.message()).isEqualTo(Text.of(
        "{outer: 列} は exists の where の中でだけ使えます（外側の行とは、exists で参照する側の行です）",
        "{outer: column} can only be used in the where of an exists (the outer row is the row that looks up)"));
  }

  @Test
  void compile_outerOfAnotherType_isATypeError() {
    Issue i = compileError(exists("{all: [{field: doc, present: true}, {field: sla, ge: {outer: day}}]}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.all[1].ge");
    assertThat(i.message()).isEqualTo(Text.of("比較する列の型が合いません（decimal と date）",
        "cannot compare a decimal column with a date column"));
  }

  @Test
  void compile_orderingOnATextColumnAgainstOuter_isATypeError() {
    Issue i = compileError(exists("{field: label, lt: {outer: dept}}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.lt");
    assertThat(i.message()).isEqualTo(Text.of("lt は整数・小数・日付の列にだけ使えます（label は string）",
        "lt needs an integer, decimal or date column, label is string"));
  }

  @Test
  void compile_outerPairWithTwoDeclaredForms_isANormalizationClash() {
    Issue i = compileError(exists("{field: owner, eq: {outer: vendor}}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.eq");
    assertThat(i.message().en()).isEqualTo(CompileMessages.normalizeClash("owner", "text", "vendor", "organization")
        .en());
  }

  @Test
  void compile_outerAsADayCount_isAnIssue() {
    Issue i = compileError(exists("{any: [" + SLA_MEETS_NEED + ", {field: due, within_days: {outer: hours}}]}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.any[1].within_days");
    assertThat(i.message()).isEqualTo(Text.of("within_days には日数（整数かパラメータ）が必要です",
        "within_days needs a number of days, a whole number or a parameter"));
  }

  @Test
  void compile_unknownOuterColumnInsideAnyAndNot_isReportedAtItsPath() {
    Issue i = compileError(exists("{any: [{field: doc, present: true}, {not: {field: sla, lt: {outer: nope}}}]}"));

    assertThat(i.path()).isEqualTo("items[0].check.data.require.exists.where.any[1].not.lt.outer");
  }

  // ---- the three-valued result over the inner rows -------------------------------------------------------

  /**
   * Per system, the rows of its service: any row meeting its need passes; else a blank on either side is
   * unknown; else it fails, naming the values compared on both sides.
   */
  @Test
  void assess_outerComparisonOverSeveralInnerRows_followsTheTruthTable() {
    CompiledChecklist c = compile(item("I", exists(SLA_MEETS_NEED)));
    List<Map<String, String>> systems = List.of(
        system("LOW", "A", "99.9"), // A: 99.5 only
        system("ONE_MEETS", "B", "99.9"), // B: 99.5 and 99.95
        system("BLANK_INNER", "C", "99.9"), // C: 99.5 and blank
        system("BLANK_INNER_MEETS", "D", "99.9"), // D: blank and 99.95
        system("BLANK_OUTER", "A", ""),
        system("NO_ROW", "Z", "99.9"),
        system("EQUAL", "A", "99.5"));
    List<Map<String, String>> services = List.of(service("A", "99.5"), service("B", "99.5"), service("B", "99.95"),
        service("C", "99.5"), service("C", ""), service("D", ""), service("D", "99.95"));

    ItemResult r = result(c, systems, services);

    assertThat(r.evidence().passing()).as("ONE_MEETS, BLANK_INNER_MEETS, EQUAL").isEqualTo(3);
    assertThat(r.evidence().failing()).isEqualTo(2);
    assertThat(r.evidence().unknown()).isEqualTo(2);
    assertThat(ref(r, "LOW").result()).isEqualTo(Outcome.FAIL);
    assertThat(ref(r, "LOW").reason()).isEqualTo(Text.of(
        "services A: sla 99.5 < この systems の行の need 99.9（必要: sla ≥ この systems の行の need）",
        "services A: sla 99.5 < this systems row's need 99.9 (needed: sla ≥ this systems row's need)"));
    assertThat(ref(r, "BLANK_INNER").result()).isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "BLANK_INNER").reason().en()).isEqualTo(
        "services C: sla 99.5 < this systems row's need 99.9 (needed: sla ≥ this systems row's need); "
            + "services C: sla blank (unknown) , this systems row's need 99.9 (needed: sla ≥ this systems row's need)");
    assertThat(ref(r, "BLANK_OUTER").result()).isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "BLANK_OUTER").reason().ja()).isEqualTo(
        "services A: sla 99.5 , この systems の行の need は空欄（不明）（必要: sla ≥ この systems の行の need）");
    assertThat(ref(r, "NO_ROW").result()).isEqualTo(Outcome.FAIL);
    assertThat(ref(r, "NO_ROW").reason().en()).isEqualTo(
        "no such row in services (Z): a row in services with the same service where sla ≥ this systems row's need");
  }

  /** An invalid cell on the inner side is an error unless another row of the key passes. */
  @Test
  void assess_invalidInnerCell_isAnErrorUnlessAnotherRowMeetsTheNeed() {
    CompiledChecklist c = compile(item("I", exists(SLA_MEETS_NEED)));

    ItemResult r = result(c, List.of(system("S1", "A", "99.9"), system("S2", "B", "99.9")),
        List.of(service("A", "high"), service("B", "high"), service("B", "99.99")));

    assertThat(r.evidence().passing()).isEqualTo(1);
    assertThat(r.evidence().errors()).isEqualTo(1);
    assertThat(ref(r, "S1").result()).isEqualTo(Outcome.ERROR);
    assertThat(ref(r, "S1").reason().en()).startsWith("services A: sla invalid , this systems row's need 99.9");
  }

  /**
   * The conjuncts that do not read the outer row filter the kept rows while the services stream: a row
   * without an SLA document is never kept, so a system on it fails even if its figure would do.
   */
  @Test
  void assess_outerIndependentConjuncts_filterTheKeptRows() {
    CompiledChecklist c = compile(item("I",
        exists("{all: [{field: doc, present: true}, {field: rto, le: 8}, " + SLA_MEETS_NEED + "]}")));
    List<Map<String, String>> services = List.of(
        row("sid", "NODOC", "sla", "99.99", "rto", "4"),
        row("sid", "OK", "doc", "SLA", "sla", "99.99", "rto", "4"),
        row("sid", "RTO_BLANK_MEETS", "doc", "SLA", "sla", "99.99"),
        row("sid", "RTO_BLANK_LOW", "doc", "SLA", "sla", "99.0"));

    ItemResult r = result(c, List.of(system("S1", "NODOC", "99.9"), system("S2", "OK", "99.9"),
        system("S3", "RTO_BLANK_MEETS", "99.9"), system("S4", "RTO_BLANK_LOW", "99.9")), services);

    assertThat(ref(r, "S1").result()).isEqualTo(Outcome.FAIL);
    assertThat(ref(r, "S1").reason().en()).startsWith("no such row in services (NODOC)");
    assertThat(r.evidence().passing()).as("S2").isEqualTo(1);
    assertThat(ref(r, "S3").result()).as("the other conjunct is unknown").isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "S3").reason().en()).isEqualTo(
        "services RTO_BLANK_MEETS: its other conditions have blank or invalid cells");
    assertThat(ref(r, "S4").result()).as("unknown and false is false").isEqualTo(Outcome.FAIL);
  }

  /** Outer comparisons under any and not, beside an inner-only test kept as its result. */
  @Test
  void assess_outerComparisonUnderAnyAndNot_isThreeValued() {
    CompiledChecklist c = compile(item("I",
        exists("{any: [{field: label, eq: waived}, {not: {field: rto, gt: {outer: hours}}}]}")));
    List<Map<String, String>> services = List.of(row("sid", "A", "rto", "4"), row("sid", "B", "rto", "8", "label", "other"),
        row("sid", "C", "rto", "8", "label", "waived"), row("sid", "D"));

    ItemResult r = result(c, List.of(row("id", "S1", "service", "A", "hours", "4"),
        row("id", "S2", "service", "B", "hours", "4"), row("id", "S3", "service", "C", "hours", "4"),
        row("id", "S4", "service", "D", "hours", "4"), row("id", "S5", "service", "A")), services);

    assertThat(r.evidence().passing()).as("S1 (4 is not > 4), S3 (waived)").isEqualTo(2);
    assertThat(ref(r, "S2").result()).isEqualTo(Outcome.FAIL);
    assertThat(ref(r, "S2").reason().en()).isEqualTo("services B: none holds: (label = waived) does not hold; "
        + "(rto > this systems row's hours) holds");
    assertThat(ref(r, "S4").result()).as("label blank, rto blank").isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "S5").result()).as("hours blank").isEqualTo(Outcome.UNKNOWN);
  }

  /** Text compares in the pair's form, as a comparison of two fields of one row does. */
  @Test
  void assess_textAgainstOuter_comparesInTheColumnsForm() {
    CompiledChecklist c = compile(item("I", exists("{field: owner, eq: {outer: dept}}")));

    ItemResult r = result(c, List.of(row("id", "S1", "service", "A", "dept", "ＩＴ部"),
        row("id", "S2", "service", "A", "dept", "業務部")), List.of(row("sid", "A", "owner", " it部")));

    assertThat(r.evidence().passing()).isEqualTo(1);
    assertThat(ref(r, "S2").reason().en()).startsWith("services A: owner it部 < this systems row's dept 業務部");
  }

  // ---- states of the inner dataset -------------------------------------------------------------------

  @Test
  void assess_innerDatasetMissing_isUnknown() {
    CompiledChecklist c = compile(item("I", exists(SLA_MEETS_NEED)));

    ItemResult r = result(c, List.of(system("S1", "A", "99.9")), List.of());

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "S1").reason().en()).isEqualTo("no data was given for services");
  }

  @Test
  void assess_innerDatasetHeaderOnly_isUnknown() {
    CompiledChecklist c = compile(item("I", exists(SLA_MEETS_NEED)));

    ItemResult r = c.assess(Inputs.builder().rows("systems", List.of(system("S1", "A", "99.9")))
        .table("services", "services.csv", List.of("sid", "sla"), List.of()).build(), OneChecklist.OPTIONS)
        .item("I").orElseThrow();

    assertThat(r.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(ref(r, "S1").reason().en()).startsWith("services has no rows and was not declared complete");
  }

  @Test
  void assess_innerDatasetHeaderOnlyDeclaredComplete_fails() {
    CompiledChecklist c = compile(item("I", exists(SLA_MEETS_NEED)));

    ItemResult r = c.assess(Inputs.builder().rows("systems", List.of(system("S1", "A", "99.9")))
        .table("services", "services.csv", List.of("sid", "sla"), List.of())
        .declareComplete("services", "山田", java.time.LocalDate.of(2026, 11, 1)).build(), OneChecklist.OPTIONS)
        .item("I").orElseThrow();

    assertThat(ref(r, "S1").result()).isEqualTo(Outcome.FAIL);
  }

  /** The lookups spend the evaluation budget, a step per kept row compared; once spent they are errors. */
  @Test
  void assess_budgetSpent_isAnErrorNamingTheBudget() {
    CompiledChecklist c = compile(Limits.defaults().withMaxEvalSteps(1), item("I", exists(SLA_MEETS_NEED)));

    ItemResult r = result(c, List.of(system("S1", "A", "99.9")), List.of(service("A", "99.0"), service("A", "99.1")));

    assertThat(ref(r, "S1").result()).isEqualTo(Outcome.ERROR);
    assertThat(ref(r, "S1").reason().en()).isEqualTo("not matched: the assessment used up its evaluation budget "
        + "(1 steps and an allowance per row read) before the rows of services (A) could be compared");
  }

  // ---- indexes ------------------------------------------------------------------------------------------

  private static int indexCount(String... items) {
    return Compiler.compile(ChecklistLoader.create().parse("one.yaml", checklist(items)), Limits.defaults(),
        "one.yaml").value().orElseThrow().indexCount;
  }

  /**
   * Two exists into services in one rule, one reading the outer row and one not, each look into their own
   * index and are each judged right; two items with the same outer exists share one.
   */
  @Test
  void assess_twoExistsSharingTheInnerDataset_withAndWithoutOuter_areEachRight() {
    String rule = "{all: [{exists: {dataset: services, on: {service: sid}, where: {field: doc, present: true}}}, "
        + exists(SLA_MEETS_NEED) + "]}";
    String[] items = {item("I", rule), item("J", exists(SLA_MEETS_NEED)), item("K", exists(SLA_MEETS_NEED))};
    CompiledChecklist c = compile(items);
    List<Map<String, String>> services = List.of(row("sid", "A", "sla", "99.99"), service("B", "99.0"),
        service("C", "99.99"));

    dev.kizuki.Assessment a = assess(c, List.of(system("S1", "A", "99.9"), system("S2", "B", "99.9"),
        system("S3", "C", "99.9")), services);

    assertThat(indexCount(items)).isEqualTo(2);
    ItemResult i = a.item("I").orElseThrow();
    assertThat(i.evidence().passing()).as("S3").isEqualTo(1);
    assertThat(ref(i, "S1").reason().en()).as("no document").startsWith("no such row in services (A)");
    assertThat(ref(i, "S2").reason().en()).startsWith("services B: sla 99 < this systems row's need 99.9");
    for (String id : List.of("J", "K")) {
      ItemResult j = a.item(id).orElseThrow();
      assertThat(j.evidence().passing()).as(id + ": S1 and S3").isEqualTo(2);
      assertThat(j.evidence().rows()).as(id).singleElement().satisfies(x -> assertThat(x.key()).isEqualTo("S2"));
    }
  }
}
