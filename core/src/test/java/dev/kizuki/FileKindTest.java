package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Issue 17: problems in a profile or a waiver file were announced as the checklist's. */
class FileKindTest {

  @Test
  void parseProfile_invalid_isAProfileProblem() {
    ChecklistException e = catchThrowableOfType(ChecklistException.class,
        () -> TailoringLoader.create().parseProfile("p.yaml", "format: kizuki-profile/1\nweight: .nan\n"));

    assertThat(e.kind()).isEqualTo(ChecklistException.Kind.PROFILE);
    assertThat(e.issues()).isNotEmpty();
  }

  @Test
  void parseWaivers_invalid_isAWaiversProblem() {
    ChecklistException e = catchThrowableOfType(ChecklistException.class,
        () -> TailoringLoader.create().parseWaivers("w.yaml", "format: kizuki-waivers/1\nwaivers: [\n"));

    assertThat(e.kind()).isEqualTo(ChecklistException.Kind.WAIVERS);
    assertThat(e.getMessage()).contains("w.yaml:").doesNotContain("flow sequence");
  }

  @Test
  void parse_invalidChecklist_isAChecklistProblem() {
    ChecklistException e = catchThrowableOfType(ChecklistException.class,
        () -> ChecklistLoader.create().parse("c.yaml", "format: kizuki-checklist/1\n"));

    assertThat(e.kind()).isEqualTo(ChecklistException.Kind.CHECKLIST);
  }
}
