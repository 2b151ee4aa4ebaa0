package dev.kizuki.examples.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The adversarial suite of one incident case (issue 13, "Proof"): variants of the case's {@code before/}
 * never PASS an item the incident fails, and benign variants of {@code after/} keep every item it passes.
 * One subclass per case, so that a hole found in one case can be shown (and, if need be, disabled with its
 * reason) for that case alone. See docs/robustness.md.
 */
abstract class AdversarialCase {

  private final CaseWorld world;

  AdversarialCase(int caseNumber) {
    this.world = CaseWorld.of(caseNumber);
  }

  @Example
  void exemptItemsAreExplainedInTheReadme() {
    assertThat(world.exemptionsExplained()).as("%s/README.md names every before.pass and excluded item", world)
        .isTrue();
    assertThat(new Variant(world, true, java.util.List.of()).violations(CaseWorld.NISC)).isEmpty();
  }

  @Property(tries = 100, shrinking = ShrinkingMode.FULL)
  void blankDecisiveCellsNeverPass(@ForAll("blanks") Variant v) {
    holds(v);
  }

  @Property(tries = 100)
  void anySourceInAnySpellingNeverPasses(@ForAll("sources") Variant v) {
    holds(v);
  }

  @Property(tries = 100)
  void respelledWordsAndIdentitiesNeverPass(@ForAll("respelledBefore") Variant v) {
    holds(v);
  }

  @Property(tries = 4)
  void oneBadSetAmongThousandsOfGoodRowsNeverPasses(@ForAll("hiddenBefore") Variant v) {
    holds(v);
  }

  @Property(tries = 50)
  void scopeLoweredOrBlankNeverPasses(@ForAll("scopes") Variant v) {
    holds(v);
  }

  @Property(tries = 50)
  void headerOnlyDatasetsNeverPass(@ForAll("headerOnly") Variant v) {
    holds(v);
  }

  @Property(tries = 100)
  void yesToEveryQuestionNeverPasses(@ForAll("yes") Variant v) {
    holds(v);
  }

  @Property(tries = 60)
  void afterRespelledStillPasses(@ForAll("respelledAfter") Variant v) {
    holds(v);
  }

  @Property(tries = 30)
  void belowTheOuterRowsOwnNeedNeverPasses(@ForAll("shortfalls") Variant v) {
    holds(v);
  }

  @Property(tries = 3)
  void afterAmongThousandsOfGoodRowsStillPasses(@ForAll("hiddenAfter") Variant v) {
    holds(v);
  }

  private static void holds(Variant v) {
    assertThat(v.violations(CaseWorld.NISC)).as("%s", v).isEmpty();
  }

  @Provide
  Arbitrary<Variant> blanks() {
    return Generators.onBefore(world, Generators.blanks(world));
  }

  @Provide
  Arbitrary<Variant> sources() {
    return Generators.onBefore(world, Generators.sources(world));
  }

  @Provide
  Arbitrary<Variant> respelledBefore() {
    return Generators.onBefore(world, Generators.respellings(world, true));
  }

  @Provide
  Arbitrary<Variant> hiddenBefore() {
    return Generators.hidden(world, true);
  }

  @Provide
  Arbitrary<Variant> scopes() {
    return Generators.onBefore(world, Generators.scopes(world));
  }

  @Provide
  Arbitrary<Variant> headerOnly() {
    return Generators.onBefore(world, Generators.headerOnly(world));
  }

  @Provide
  Arbitrary<Variant> yes() {
    return Generators.yesEverywhere(world);
  }

  @Provide
  Arbitrary<Variant> respelledAfter() {
    return Generators.respelledAfter(world);
  }

  @Provide
  Arbitrary<Variant> shortfalls() {
    return Generators.onAfter(world, Generators.shortfalls(world));
  }

  @Provide
  Arbitrary<Variant> hiddenAfter() {
    return Generators.hidden(world, false);
  }
}
