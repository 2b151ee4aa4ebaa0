package dev.kizuki.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistException;
import dev.kizuki.Lang;
import org.junit.jupiter.api.Test;

class BundledChecklistsTest {

  @Test
  void nisc2020_loaded_hasNoIssues() {
    Checklist checklist;
    try {
      checklist = BundledChecklists.nisc2020();
    } catch (ChecklistException e) {
      throw new AssertionError("the bundled checklist has issues:\n" + e.format(Lang.EN), e);
    }

    assertThat(checklist.id()).isEqualTo("nisc-2020");
    assertThat(checklist.items()).isNotEmpty();
  }

  @Test
  void nisc2020_calledTwice_returnsSameInstance() {
    assertThat(BundledChecklists.nisc2020()).isSameAs(BundledChecklists.nisc2020());
  }

  @Test
  void byName_knownName_returnsThatChecklist() {
    assertThat(BundledChecklists.byName("nisc-2020")).isSameAs(BundledChecklists.nisc2020());
  }

  @Test
  void byName_unknownName_throwsNamingTheKnownOnes() {
    assertThatThrownBy(() -> BundledChecklists.byName("nisc-2021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nisc-2021")
        .hasMessageContaining("nisc-2020");
  }

  @Test
  void names_always_listsEveryBundledChecklist() {
    assertThat(BundledChecklists.names()).containsExactly("nisc-2020");
    for (String name : BundledChecklists.names()) {
      assertThat(BundledChecklists.byName(name).id()).isEqualTo(name);
    }
  }
}
