package dev.kizuki.examples.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Check;
import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Expectation;
import dev.kizuki.Item;
import dev.kizuki.Operand;
import dev.kizuki.Predicate;
import dev.kizuki.WhenEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each generator of the adversarial suite catches a deliberately broken rule: the bundled checklist with one
 * rule weakened in code gives a violation of the suite's property on some of the generator's variants, where
 * the real checklist gives none. So a property that holds is not holding because its generator is blind.
 */
class AdversarialGeneratorsCatchBrokenRulesTest {

  private static final CaseWorld CASE_1 = CaseWorld.of(1);
  private static final CaseWorld CASE_2 = CaseWorld.of(2);
  private static final CaseWorld CASE_5 = CaseWorld.of(5);
  private static final CaseWorld CASE_6 = CaseWorld.of(6);

  @Test
  void blanks_blankCountedAsPassing_caught() {
    // RES-01 weakened: a blank test date or result counts as a test that was done.
    CompiledChecklist broken = weaken("NISC-RES-01", r -> withRequire(r, new Predicate.Any(List.of(
        r.require().orElseThrow(),
        new Predicate.Present("last_failover_test", false),
        new Predicate.Present("last_failover_test_result", false)))));

    assertThat(caught(broken, "NISC-RES-01", singles(CASE_1, Generators.blanks(CASE_1))))
        .anyMatch(v -> v.toString().contains("last_failover_test"));
  }

  @Test
  void sources_sourceReadAsTheWordAny_caught() {
    // ACC-01 weakened back to reading the source as one word: allowed_sources a plain text column, and only
    // "any" means unrestricted (allows_any: false becomes "is not the word any"; the count test goes).
    CompiledChecklist broken = weaken("NISC-ACC-01", r -> withWhere(r, replace(r.where().orElseThrow(),
        p -> p instanceof Predicate.Allows a && a.breadth() == Predicate.Allows.Breadth.ANY
            ? new Predicate.Not(new Predicate.Matches("allowed_sources", "(?i)any"))
            : p instanceof Predicate.Not n && n.predicate() instanceof Predicate.Allows
                ? new Predicate.Present("allowed_sources", true)
                : p)),
        column -> column.name().equals("allowed_sources")
            ? new Column(column.name(), ColumnType.STRING, column.required(), column.description(), List.of(),
                column.example())
            : column);

    assertThat(caught(broken, "NISC-ACC-01", singles(CASE_5, Generators.sources(CASE_5))))
        .anyMatch(v -> v.toString().contains("\"0.0.0.0/0\""));
  }

  @Test
  void respellings_wordsComparedAsTyped_caught() {
    // RES-01 weakened: the test result is a plain text column compared as typed, not an enum read after NFKC
    // and case folding, so "SUCCESS" or full-width "ｓｕｃｃｅｓｓ" is not a success.
    CompiledChecklist broken = weaken("NISC-RES-01",
        r -> withRequire(r, replace(r.require().orElseThrow(),
            p -> p instanceof Predicate.Compare c && c.field().equals("last_failover_test_result")
                ? new Predicate.Matches("last_failover_test_result", "success")
                : p)),
        column -> column.name().equals("last_failover_test_result")
            ? new Column(column.name(), ColumnType.STRING, column.required(), column.description(), List.of(),
                column.example())
            : column);
    List<Variant> variants = Generators.respellings(CASE_1, false).stream()
        .map(m -> new Variant(CASE_1, false, List.of(m)))
        .toList();

    assertThat(caught(broken, "NISC-RES-01", variants))
        .anyMatch(v -> v.toString().contains("last_failover_test_result"));
  }

  @Test
  void shortfalls_case2_coverTheSystemsOwnAvailabilityAndRecoveryNeed() {
    List<String> shown = Generators.shortfalls(CASE_2).stream().map(Mutation::toString).toList();

    assertThat(shown).anyMatch(m -> m.contains("(NISC-TPR-02): systems.csv") && m.contains("(SVC-A)")
        && m.contains("required_availability_percent = \"99.951\""));
    assertThat(shown).anyMatch(m -> m.contains("(NISC-TPR-02)") && m.contains("required_recovery_time_hours = \"3\""));
  }

  @Test
  void shortfalls_slaJudgedWithoutTheSystemsNeed_caught() {
    // TPR-02 broken back to the rule before {outer:}: the SLA's figures need only be there, whatever the
    // system itself needs (the per-contract required_* figures it compared with are gone with this change).
    CompiledChecklist broken = weaken("NISC-TPR-02", r -> withRequire(r, replace(r.require().orElseThrow(),
        p -> p instanceof Predicate.Compare c && c.operand() instanceof Operand.Outer
            ? new Predicate.Present(c.field(), true)
            : p)));

    assertThat(caught(broken, "NISC-TPR-02", Generators.shortfalls(CASE_2).stream()
        .map(m -> new Variant(CASE_2, false, List.of(m))).toList()))
        .anyMatch(v -> v.toString().contains("required_availability_percent"))
        .anyMatch(v -> v.toString().contains("required_recovery_time_hours"));
  }

  @Test
  void goodCopies_allAggregationBackToAShare_caught() {
    // ACC-05 weakened back to a share: 90 % of the boundaries with a deny-by-default firewall is enough.
    CompiledChecklist broken = weaken("NISC-ACC-05", r -> new DataRule(
        r.dataset(), r.where(), r.require(), Expectation.ratio(0.9), r.whenEmpty(), r.explain()));
    List<Variant> variants = List.of(new Variant(CASE_6, true, List.of(new Mutation.GoodCopies(300))));

    assertThat(caught(broken, "NISC-ACC-05", variants)).isNotEmpty();
  }

  @Test
  void scopes_emptyScopeCountedAsMet_caught() {
    // RES-01 weakened: with no critical or high system in scope, the item counts as met.
    CompiledChecklist broken = weaken("NISC-RES-01", r -> withWhenEmpty(r, WhenEmpty.PASS));

    assertThat(caught(broken, "NISC-RES-01", singles(CASE_1, Generators.scopes(CASE_1))))
        .anyMatch(v -> v.toString().contains("\"medium\""));
  }

  @Test
  void headerOnly_ruleThatIgnoresTheBoundaryList_caught() {
    // ACC-05 weakened to existence: "every endpoint has a network zone", judged without the boundary list, so
    // an untouched boundary template passes. (The engine itself keeps the other ways shut: a header-only
    // dataset, its own or joined, is UNKNOWN unless declared complete; see the test below.)
    CompiledChecklist broken = weaken("NISC-ACC-05", r -> new DataRule("endpoints", Optional.empty(),
        Optional.of(new Predicate.Present("network_zone", true)), Expectation.all(), WhenEmpty.UNKNOWN,
        r.explain()));

    assertThat(caught(broken, "NISC-ACC-05", singles(CASE_6, Generators.headerOnly(CASE_6))))
        .anyMatch(v -> v.toString().contains("network_boundaries.csv"));
  }

  @Test
  void headerOnly_joinIntoAnUndeclaredEmptyDataset_isClosedByTheEngine() {
    // ACC-05 judged from the endpoints' side, "no endpoint sits behind a boundary without a firewall": a
    // boundary list without rows used to read as nothing to fix; a join into it is now unknown.
    CompiledChecklist joined = weaken("NISC-ACC-05", r -> new DataRule("endpoints", Optional.empty(),
        Optional.of(new Predicate.Not(new Predicate.Exists("network_boundaries",
            java.util.Map.of("network_zone", "to_zone"),
            Optional.of(new Predicate.Compare("firewall_present", Predicate.Op.EQ, new Operand.Literal(false)))))),
        Expectation.all(), WhenEmpty.UNKNOWN, r.explain()));
    Variant headerOnly = new Variant(CASE_6, true, List.of(new Mutation.HeaderOnly("network_boundaries")));

    assertThat(headerOnly.violations(joined)).noneMatch(s -> s.startsWith("NISC-ACC-05 "));
  }

  @Test
  void yesEverywhere_ruleThatDefersToTheAnswer_caught() {
    // Before the engine refused an answer in place of data given but blank (issue 13, point 1), this generator
    // found twelve such passes on the replays. No rule can hand the item to the answer any more (a dataset not
    // given is exempt: the answer then carries it honestly), so the weakening left is a rule whose empty scope
    // passes: RES-01 scoped to no row, with when_empty: pass.
    CompiledChecklist broken = weaken("NISC-RES-01", r -> new DataRule(r.dataset(),
        Optional.of(new Predicate.All(List.of(r.where().orElseThrow(),
            new Predicate.Compare("criticality", Predicate.Op.EQ, new Operand.Literal("low"))))),
        r.require(), r.expect(), WhenEmpty.PASS, r.explain()));
    List<Variant> variants = List.of(new Variant(CASE_1, true, List.of(new Mutation.YesEverywhere())));

    assertThat(caught(broken, "NISC-RES-01", variants)).isNotEmpty();
  }

  /** The variants on which {@code broken} violates the property for {@code itemId} and the real checklist does not. */
  private static List<Variant> caught(CompiledChecklist broken, String itemId, List<Variant> variants) {
    assertThat(variants).as("variants of the generator").isNotEmpty();
    List<Variant> out = new ArrayList<>();
    for (Variant v : variants) {
      boolean brokenViolates = v.violations(broken).stream().anyMatch(s -> s.startsWith(itemId + " "));
      boolean realViolates = v.violations(CaseWorld.NISC).stream().anyMatch(s -> s.startsWith(itemId + " "));
      if (brokenViolates && !realViolates) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<Variant> singles(CaseWorld w, List<Mutation> domain) {
    return domain.stream().map(m -> new Variant(w, true, List.of(m))).toList();
  }

  private static CompiledChecklist weaken(String itemId, UnaryOperator<DataRule> weaken) {
    return weaken(itemId, weaken, UnaryOperator.identity());
  }

  /** The bundled checklist with one item's rule weakened and, for the datasets, columns replaced. */
  private static CompiledChecklist weaken(String itemId, UnaryOperator<DataRule> weaken, UnaryOperator<Column> columns) {
    Checklist c = CaseWorld.NISC.checklist();
    Checklist.Builder b = Checklist.builder(c.id(), c.version()).title(c.title()).description(c.description())
        .source(c.source());
    c.cases().forEach(b::incidentCase);
    c.lessons().forEach(b::lesson);
    c.measures().forEach(b::measure);
    c.categories().forEach(b::category);
    for (DatasetSchema d : c.datasets()) {
      b.dataset(new DatasetSchema(d.id(), d.title(), d.description(), d.key(),
          d.columns().stream().map(columns).toList()));
    }
    for (Item i : c.items()) {
      if (i.id().equals(itemId)) {
        Check check = i.check();
        i = new Item(i.id(), i.category(), i.title(), i.question(), i.rationale(), i.remediation(), i.lessons(),
            i.measures(), i.mappings(), i.severity(), i.weight(), i.parameters(),
            new Check(Optional.of(weaken.apply(check.data().orElseThrow())), check.question(),
                check.allowNotApplicable()));
      }
      b.item(i);
    }
    return CompiledChecklist.compile(b.build());
  }

  private static DataRule withWhere(DataRule r, Predicate where) {
    return new DataRule(r.dataset(), Optional.of(where), r.require(), r.expect(), r.whenEmpty(), r.explain());
  }

  private static DataRule withRequire(DataRule r, Predicate require) {
    return new DataRule(r.dataset(), r.where(), Optional.of(require), r.expect(), r.whenEmpty(), r.explain());
  }

  private static DataRule withWhenEmpty(DataRule r, WhenEmpty whenEmpty) {
    return new DataRule(r.dataset(), r.where(), r.require(), r.expect(), whenEmpty, r.explain());
  }

  /** {@code p} with {@code f} applied to every node, children first. */
  private static Predicate replace(Predicate p, UnaryOperator<Predicate> f) {
    Predicate mapped = switch (p.kind()) {
      case ALL -> new Predicate.All(((Predicate.All) p).predicates().stream().map(q -> replace(q, f)).toList());
      case ANY -> new Predicate.Any(((Predicate.Any) p).predicates().stream().map(q -> replace(q, f)).toList());
      case NOT -> new Predicate.Not(replace(((Predicate.Not) p).predicate(), f));
      case EXISTS -> {
        Predicate.Exists e = (Predicate.Exists) p;
        yield new Predicate.Exists(e.dataset(), e.on(), e.where().map(q -> replace(q, f)));
      }
      default -> p;
    };
    return f.apply(mapped);
  }
}
