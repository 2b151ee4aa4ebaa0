package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tailoring profiles: inheritance, conflicts and the errors that name the file, line and path. */
class TailoringTest {
  static final Checklist MINI = mini();
  private static final TailoringLoader LOADER = TailoringLoader.create();

  @TempDir Path dir;

  static Checklist mini() {
    try (InputStream in = TailoringTest.class.getResourceAsStream("/checklists/mini.yaml")) {
      return ChecklistLoader.create().load("mini.yaml", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String head(String id) {
    return "format: kizuki-profile/1\nid: " + id + "\ntitle: {ja: " + id + ", en: " + id + "}\nchecklist: mini";
  }

  private static String message(ChecklistException e) {
    return e.format(Lang.EN);
  }

  /** An answer to an item the profile left out is simply not used; one to an unknown item is still a problem. */
  @Test
  void assess_answerToNotSelectedItem_isNoDataIssue() throws IOException {
    // given
    Path profile = write("p.yaml", head("p"),
        "changes:",
        "  - deselect: {item: POLICY}",
        "    reason: no policy item for us");
    CompiledChecklist tailored = CompiledChecklist.compile(LOADER.profile(profile).applyTo(MINI));
    Inputs answers = Inputs.builder().rows("answers", List.of(
        Fixtures.row("item_id", "POLICY", "answer", "yes", "answered_on", "2026-11-01"),
        Fixtures.row("item_id", "NOPE", "answer", "yes", "answered_on", "2026-11-01"))).build();
    // when
    Assessment a = tailored.assess(answers, Fixtures.options());
    // then
    assertThat(a.dataIssues()).extracting(i -> i.message().en())
        .containsExactly("the checklist has no item \"NOPE\"");
    assertThat(a.tailoring()).isPresent();
  }

  @Test
  void profile_threeLevels_childOverridesParentAndKeepsEveryChange() throws IOException {
    // given
    write("base/base.yaml", head("base"),
        "changes:",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 100}",
        "    reason: yearly is too slow",
        "  - deselect: {category: exposure}",
        "    reason: {ja: 公開サービスなし, en: nothing exposed}");
    write("mid.yaml", head("mid"),
        "extends: base/base.yaml",
        "changes:",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 200}",
        "    reason: twice a year is enough here",
        "  - select: {item: RDP}",
        "    reason: one RDP gateway after all");
    Path leaf = write("leaf.yaml", head("leaf"),
        "extends: mid.yaml",
        "changes:",
        "  - set_weight: {item: FAILOVER, weight: 7}",
        "    reason: failover is our main risk");
    // when
    Profile profile = LOADER.profile(leaf);
    Tailoring t = profile.applyTo(MINI);
    // then
    assertThat(profile.chain()).containsExactly("base", "mid", "leaf");
    Item failover = t.checklist().item("FAILOVER").orElseThrow();
    assertThat(failover.parameter("max_age_days").orElseThrow().value()).isEqualTo(200L);
    assertThat(failover.weight()).isEqualTo(7.0);
    assertThat(t.checklist().item("RDP")).isPresent();
    assertThat(t.notSelected()).extracting(n -> n.item().id()).containsExactly("POLICY");
    assertThat(t.notSelected().get(0).because().profile()).isEqualTo("base");
    assertThat(t.changes()).hasSize(5);
    assertThat(t.changes().get(2).previous()).contains(100L);
    assertThat(t.changes().get(4).previous()).contains(3.0);
    assertThat(t.changes().get(0).location().format()).isEqualTo("base.yaml:6");
    CompiledChecklist compiled = CompiledChecklist.compile(t);
    Assessment a = compiled.assess(Inputs.builder().build(), AssessmentOptions.asOf(java.time.LocalDate.of(2026, 1, 1)));
    assertThat(a.tailoring()).contains(t);
    assertThat(a.items()).extracting(ItemResult::id).doesNotContain("POLICY");
  }

  @Test
  void profile_cycle_isAnErrorAtTheExtendsThatClosesIt() throws IOException {
    Path a = write("a.yaml", head("a"), "extends: b.yaml");
    write("b.yaml", head("b"), "extends: a.yaml");
    assertThatThrownBy(() -> LOADER.profile(a)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("b.yaml:5:1: extends: extends forms a cycle: a.yaml → b.yaml → a.yaml"));
  }

  @Test
  void profile_unknownParent_isAnErrorAtExtends() throws IOException {
    Path a = write("a.yaml", head("a"), "extends: nowhere.yaml");
    assertThatThrownBy(() -> LOADER.profile(a)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("a.yaml:5:1: extends: the parent profile file nowhere.yaml does not exist"));
  }

  @Test
  void profile_parentForAnotherChecklist_isAnError() throws IOException {
    write("other.yaml", head("other").replace("checklist: mini", "checklist: nisc-2020"));
    Path a = write("a.yaml", head("a"), "extends: other.yaml");
    assertThatThrownBy(() -> LOADER.profile(a)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("a.yaml:5:1: extends: the parent profile other is for checklist nisc-2020,"
            + " but this profile is for mini"));
  }

  @Test
  void profile_sameItemSelectedAndDeselected_isAConflictNamingBothPlaces() throws IOException {
    Path p = write("p.yaml", head("p"),
        "changes:",
        "  - select: {item: RDP}",
        "    reason: r",
        "  - deselect: {item: RDP}",
        "    reason: r");
    assertThatThrownBy(() -> LOADER.profile(p)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("p.yaml:8:5: changes[1].deselect: conflicts with changes[0].select"
            + " (line 6): a profile may change the item RDP selection only once"));
  }

  @Test
  void profile_parameterSetTwice_isAConflict() throws IOException {
    Path p = write("p.yaml", head("p"),
        "changes:",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 10}",
        "    reason: r",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 20}",
        "    reason: r");
    assertThatThrownBy(() -> LOADER.profile(p)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("p.yaml:8:5: changes[1].set_parameter: conflicts with"
            + " changes[0].set_parameter (line 6): a profile may change the parameter FAILOVER.max_age_days only once"));
  }

  @Test
  void profile_changeWithoutReason_isAnError() {
    assertThatThrownBy(() -> LOADER.parseProfile("p.yaml", head("p") + "\nchanges:\n  - select: {item: RDP}\n"))
        .isInstanceOfSatisfying(ChecklistException.class, e ->
            assertThat(message(e)).isEqualTo("p.yaml:6:5: changes[0]: missing required key \"reason\""));
  }

  @Test
  void apply_parameterOfWrongType_isAnErrorAtTheValue() throws IOException {
    Profile p = LOADER.profile(write("p.yaml", head("p"),
        "changes:",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: \"a year\"}",
        "    reason: r"));
    assertThatThrownBy(() -> p.applyTo(MINI)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("p.yaml:6:5: changes[0].set_parameter.value: parameter"
            + " FAILOVER.max_age_days is of type integer, found \"a year\""));
  }

  @Test
  void apply_unknownItemAndParameter_areErrorsAtTheirChanges() throws IOException {
    Profile p = LOADER.profile(write("p.yaml", head("p"),
        "changes:",
        "  - deselect: {item: NOPE}",
        "    reason: r",
        "  - set_parameter: {item: RDP, parameter: max_age_days, value: 3}",
        "    reason: r"));
    assertThatThrownBy(() -> p.applyTo(MINI)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("p.yaml:6:5: changes[0].deselect.item: checklist mini has no item \"NOPE\"\n"
            + "p.yaml:8:5: changes[1].set_parameter.parameter: item RDP has no parameter \"max_age_days\"; it has: -"));
  }

  @Test
  void apply_toAnotherChecklist_isAnError() {
    Profile p = LOADER.parseProfile("p.yaml", head("p").replace("checklist: mini", "checklist: other"));
    assertThatThrownBy(() -> p.applyTo(MINI)).isInstanceOfSatisfying(ChecklistException.class, e ->
        assertThat(message(e)).isEqualTo("p.yaml: checklist: the profile is for checklist other, not mini"));
  }

  @Test
  void apply_categoryDeselectedThenOneItemSelected_keepsThatItem() {
    Profile p = LOADER.parseProfile("p.yaml", head("p") + "\nchanges:\n"
        + "  - select: {item: RDP}\n    reason: r\n"
        + "  - deselect: {category: exposure}\n    reason: r\n");
    Tailoring t = p.applyTo(MINI);
    assertThat(t.checklist().items()).extracting(Item::id).contains("RDP").doesNotContain("POLICY");
  }

  @Test
  void namedParent_isResolvedWithTheNamedProfiles() {
    TailoringLoader loader = TailoringLoader.create().withNamedProfiles(
        id -> id.equals("base") ? Optional.of(head("base") + "\nchanges:\n  - deselect: {item: RDP}\n    reason: r\n")
            : Optional.empty());
    Profile p = loader.parseProfile("p.yaml", head("p") + "\nextends: base\n");
    assertThat(p.chain()).containsExactly("base", "p");
    assertThat(p.changes()).extracting(ProfileChange::target).containsExactly("RDP");
    assertThat(p.changes().get(0).location().source()).isEqualTo("base.yaml");
  }

  @Test
  void profile_strictReading_rejectsUnknownKeysAndAliases() {
    assertThatThrownBy(() -> LOADER.parseProfile("p.yaml", head("p") + "\nsurprise: 1\n"))
        .isInstanceOf(ChecklistException.class).hasMessageContaining("p.yaml:5:1: surprise: unknown key");
    assertThatThrownBy(() -> LOADER.parseProfile("p.yaml", head("p") + "\ndescription: &a {ja: x, en: y}\n"))
        .isInstanceOf(ChecklistException.class).hasMessageContaining("anchor");
  }

  @Test
  void profile_json_isReadLikeYaml() {
    Profile p = LOADER.parseProfile("p.json", "{\"format\": \"kizuki-profile/1\", \"id\": \"p\", \"title\": {\"ja\": \"p\","
        + " \"en\": \"p\"}, \"checklist\": \"mini\", \"changes\": [{\"set_weight\": {\"category\": \"exposure\","
        + " \"weight\": 2}, \"reason\": \"r\"}]}");
    assertThat(p.applyTo(MINI).checklist().category("exposure").orElseThrow().weight()).isEqualTo(2.0);
    assertThat(List.of(p.changes().get(0).kind())).containsExactly(ProfileChange.Kind.SET_CATEGORY_WEIGHT);
  }
}
