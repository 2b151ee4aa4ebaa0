package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChecklistLoaderTest {

  static Stream<Path> malformed() {
    return GoldenFiles.cases("malformed/checklist").stream();
  }

  /**
   * Every malformed checklist gives exactly the expected issues, in both languages; an {@code
   * options.properties} in the case folder sets smaller {@link Limits}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void load_malformed_reportsExpectedIssues(Path caseDir) throws IOException {
    Path input;
    try (Stream<Path> files = Files.list(caseDir)) {
      input = files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
    }

    ChecklistLoader loader = ChecklistLoader.create(GoldenFiles.limits(GoldenFiles.options(caseDir)));

    ChecklistException e = catchThrowableOfType(ChecklistException.class, () -> loader.load(input));

    assertThat(e).as("%s must not load", caseDir.getFileName()).isNotNull();
    assertThat(e.issues()).allSatisfy(i -> assertThat(i.source()).startsWith("input."));
    GoldenFiles.assertMatches(caseDir, "expected.en.txt", e.format(Lang.EN) + "\n");
    GoldenFiles.assertMatches(caseDir, "expected.ja.txt", e.format(Lang.JA) + "\n");
  }

  @Test
  void load_validYaml_givesTheModel() {
    Checklist c = Fixtures.mini();

    assertThat(c.id()).isEqualTo("mini");
    assertThat(c.items()).extracting(Item::id).containsExactly("FAILOVER", "RESTORE", "RDP", "DRILL", "POLICY");
    assertThat(c.dataset("systems").orElseThrow().columns()).hasSize(5);
    assertThat(c.item("FAILOVER").orElseThrow().parameter("max_age_days").orElseThrow().value()).isEqualTo(365L);
    assertThat(c.item("FAILOVER").orElseThrow().mappings()).containsEntry("nist-csf-2.0", java.util.List.of("RC.RP-01"));
    assertThat(c.item("DRILL").orElseThrow().check().data().orElseThrow().expect()).isEqualTo(Expectation.atLeast(2));
  }

  @Test
  void load_columnNormalizeAndNetworkType_areReadAndNormalizeDefaultsToExact() {
    String yaml = Fixtures.resource("checklists/mini.yaml")
        .replace("        required: true\n        description: {ja: システム, en: System}",
            "        required: true\n        normalize: device\n        description: {ja: システム, en: System}")
        .replace("      - name: allowed_sources\n        type: string", "      - name: allowed_sources\n        type: network")
        .replace("{field: allowed_sources, matches: \"(?i)any|0\\\\.0\\\\.0\\\\.0/0\"}", "{field: allowed_sources, present: true}");

    Checklist c = ChecklistLoader.create().parse("mini.yaml", yaml);

    assertThat(c.dataset("backups").orElseThrow().column("system_id").orElseThrow().normalize())
        .isEqualTo(Normalization.DEVICE);
    assertThat(c.dataset("systems").orElseThrow().column("system_id").orElseThrow().normalize())
        .isEqualTo(Normalization.EXACT);
    assertThat(c.dataset("services").orElseThrow().column("allowed_sources").orElseThrow().type())
        .isEqualTo(ColumnType.NETWORK);
  }

  @Test
  void load_sameChecklistAsJson_givesEqualModel() throws Exception {
    var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build();
    var tree = yaml.readTree(Fixtures.resource("checklists/mini.yaml"));
    String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(tree);

    Checklist fromJson = ChecklistLoader.create().parse("mini.json", json);

    assertThat(fromJson).isEqualTo(Fixtures.mini());
  }

  @Test
  void load_file_skipsBomAndNamesFileInIssues(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.yaml");
    Files.write(file, ("\uFEFF" + Fixtures.resource("checklists/mini.yaml")).getBytes(StandardCharsets.UTF_8));

    assertThat(ChecklistLoader.create().load(file).id()).isEqualTo("mini");
  }

  @Test
  void load_invalidUtf8_isAnIssueNotReplacementCharacters() {
    byte[] bytes = "id: \u30c6\u30b9\u30c8\n".getBytes(java.nio.charset.Charset.forName("windows-31j"));

    assertThatThrownBy(() -> ChecklistLoader.create().load("sjis.yaml", new ByteArrayInputStream(bytes)))
        .isInstanceOf(ChecklistException.class)
        .hasMessageContaining("cannot be read as UTF-8; save the checklist as UTF-8");
  }

  @Test
  void load_documentOverLimit_isRejectedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "a: \"" + "x".repeat(5000) + "\"\n");
    ChecklistLoader loader = ChecklistLoader.create(Limits.defaults().withMaxChecklistChars(1000));

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ChecklistException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void load_checklist_isImmutable() {
    Checklist c = Fixtures.mini();

    assertThatThrownBy(() -> c.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.items().get(0).lessons().add("X")).isInstanceOf(UnsupportedOperationException.class);
  }
}
