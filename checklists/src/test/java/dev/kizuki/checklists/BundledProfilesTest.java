package dev.kizuki.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.CompiledChecklist;
import dev.kizuki.Profile;
import dev.kizuki.Tailoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled profile loads, applies to its checklist and compiles. */
class BundledProfilesTest {

  @ParameterizedTest
  @MethodSource("dev.kizuki.checklists.BundledChecklists#profileNames")
  void profile_appliesToNisc2020AndCompiles(String id) {
    Profile p = BundledChecklists.profile(id);
    assertThat(p.id()).isEqualTo(id);
    assertThat(p.chain()).containsExactly(id);
    assertThat(p.changes()).isNotEmpty().allSatisfy(c -> assertThat(c.reason().ja()).isNotBlank());
    Tailoring t = p.applyTo(BundledChecklists.nisc2020());
    assertThat(CompiledChecklist.compile(t).tailoring()).contains(t);
  }

  @Test
  void smallOperator_leavesOutItsFourItems() {
    Tailoring t = BundledChecklists.profile("small-operator").applyTo(BundledChecklists.nisc2020());
    assertThat(t.notSelected()).extracting(n -> n.item().id())
        .containsExactly("NISC-RES-05", "NISC-TPR-04", "NISC-TPR-05", "NISC-PPL-02");
  }

  @Test
  void unknownProfile_listsTheBundledOnes() {
    assertThatThrownBy(() -> BundledChecklists.profile("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[small-operator, strict]");
  }
}
