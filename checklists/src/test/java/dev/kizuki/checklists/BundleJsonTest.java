package dev.kizuki.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JSON the build converts from the YAML source is the same checklist, and it is what ships. */
class BundleJsonTest {

  @Test
  void nisc2020_json_isBuiltAndEqualsYamlSource() {
    assertThat(BundledChecklists.class.getResource("/dev/kizuki/checklists/nisc-2020.json"))
        .as("the build's process-classes step writes nisc-2020.json").isNotNull();

    assertThat(BundledChecklists.nisc2020())
        .isEqualTo(BundledChecklists.load("/dev/kizuki/checklists/nisc-2020.yaml"));
  }
}
