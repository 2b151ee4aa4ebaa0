package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.internal.engine.Compiler;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A checklist is compiled once from loading to assessing: building reuses what the loader compiled. */
class CompiledChecklistTest {
  private static final String HEAD = "format: kizuki-profile/1\nid: p\ntitle: {ja: p, en: p}\nchecklist: mini\n";

  private final AtomicInteger compilations = new AtomicInteger();

  private CompiledChecklist.Compile counting() {
    return (checklist, limits, source) -> {
      compilations.incrementAndGet();
      return Compiler.compile(checklist, limits, source);
    };
  }

  private static Tailoring tailor(String changes) {
    return TailoringLoader.create().parseProfile("p.yaml", HEAD + changes).applyTo(TailoringTest.mini());
  }

  @Test
  void build_loadedChecklistWithTheLoadersLimits_reusesTheLoadersProgram() {
    // given
    Checklist loaded = TailoringTest.mini();
    // when
    CompiledChecklist compiled = CompiledChecklist.builder(loaded).build(counting());
    // then
    assertThat(compilations).hasValue(0);
    assertThat(loaded.program()).hasValueSatisfying(p -> assertThat(compiled.program()).isSameAs(p));
  }

  @Test
  void build_loadedChecklistWithOtherLimits_compilesOnceAnew() {
    Checklist loaded = TailoringTest.mini();
    Limits other = Limits.defaults().withMaxFieldChars(100);

    CompiledChecklist compiled = CompiledChecklist.builder(loaded).limits(other).build(counting());

    assertThat(compilations).hasValue(1);
    assertThat(compiled.program().limits()).isEqualTo(other);
    assertThat(compiled.program()).isNotSameAs(loaded.program().orElseThrow());
  }

  @Test
  void build_checklistBuiltInCode_compilesOnce() {
    Checklist loaded = TailoringTest.mini();
    Checklist.Builder b = Checklist.builder(loaded.id(), loaded.version()).title(loaded.title());
    loaded.cases().forEach(b::incidentCase);
    loaded.lessons().forEach(b::lesson);
    loaded.measures().forEach(b::measure);
    loaded.categories().forEach(b::category);
    loaded.datasets().forEach(b::dataset);
    loaded.items().forEach(b::item);
    Checklist built = b.build();

    CompiledChecklist.builder(built).build(counting());

    assertThat(built).isEqualTo(loaded).hasSameHashCodeAs(loaded);
    assertThat(built.program()).isEmpty();
    assertThat(compilations).hasValue(1);
  }

  @Test
  void build_tailoringThatChangesAParameter_compilesTheTailoredChecklistOnce() {
    Tailoring t = tailor("""
        changes:
          - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 100}
            reason: yearly is too slow
        """);

    CompiledChecklist compiled = CompiledChecklist.builder(t).build(counting());

    assertThat(compilations).hasValue(1);
    assertThat(compiled.program().checklist()).isEqualTo(t.checklist()).isNotEqualTo(TailoringTest.mini());
  }

  @Test
  void build_tailoringThatLeavesOutAnItem_compilesTheTailoredChecklistOnce() {
    Tailoring t = tailor("""
        changes:
          - deselect: {item: POLICY}
            reason: no policy item for us
        """);

    CompiledChecklist compiled = CompiledChecklist.builder(t).build(counting());

    assertThat(compilations).hasValue(1);
    assertThat(compiled.checklist().item("POLICY")).isEmpty();
  }

  @Test
  void build_tailoringThatChangesNothing_reusesTheLoadersProgram() {
    Checklist loaded = TailoringTest.mini();
    Tailoring t = TailoringLoader.create().parseProfile("p.yaml", HEAD + """
        changes:
          - select: {item: POLICY}
            reason: already selected
        """).applyTo(loaded);

    CompiledChecklist compiled = CompiledChecklist.builder(t).build(counting());

    assertThat(compilations).hasValue(0);
    assertThat(compiled.program()).isSameAs(loaded.program().orElseThrow());
  }

  @Test
  void equals_loadedAndRebuiltChecklist_ignoresTheRememberedProgram() {
    Checklist loaded = TailoringTest.mini();
    Checklist again = TailoringTest.mini();

    assertThat(loaded).isEqualTo(again).hasSameHashCodeAs(again).isNotSameAs(again);
    assertThat(loaded.toString()).startsWith("Checklist[id=mini, version=1.0, title=");
  }
}
