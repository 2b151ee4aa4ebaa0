package dev.kizuki.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Checklist;
import org.junit.jupiter.api.Test;

/**
 * The class the build generates from the YAML source builds the same checklist, and it is what ships; the
 * YAML is the fallback where the class is missing.
 */
class BundledModelTest {
  private static final String MODEL = "dev.kizuki.checklists.internal.Nisc2020Model";
  private static final String YAML = "/dev/kizuki/checklists/nisc-2020.yaml";

  @Test
  void nisc2020_generatedModel_isBuiltAndEqualsYamlSource() throws Exception {
    Checklist fromYaml = BundledChecklists.load(YAML);
    Checklist generated = (Checklist) Class.forName(MODEL).getMethod("checklist").invoke(null);

    assertThat(generated).isEqualTo(fromYaml);
    assertThat(BundledChecklists.nisc2020()).isEqualTo(fromYaml);
    // A fresh model per call: nothing shared to mutate (the model is immutable anyway).
    assertThat(generated).isNotSameAs(Class.forName(MODEL).getMethod("checklist").invoke(null));
  }

  @Test
  void loadBundled_withoutTheGeneratedClass_loadsTheYaml() {
    assertThat(BundledChecklists.loadBundled(BundledChecklists.NISC_2020, MODEL + "Missing"))
        .isEqualTo(BundledChecklists.load(YAML));
  }

  @Test
  void loadBundled_aClassWithoutTheMethod_isAPackagingError() {
    assertThatThrownBy(() -> BundledChecklists.loadBundled(BundledChecklists.NISC_2020, "java.lang.Object"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.lang.Object");
  }
}
