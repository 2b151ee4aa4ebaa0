package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems in a data folder's kizuki-inputs.yaml: data issues with file, line, column and YAML path, in both
 * languages; a manifest with any problem gives no declaration at all, so nothing passes on it.
 */
class InputsManifestTest {
  private final CompiledChecklist mini = Fixtures.compiledMini();

  @TempDir Path tmp;

  private Assessment assessWithManifest(String manifest) throws IOException {
    Files.writeString(tmp.resolve("services.csv"), "host,port,allowed_sources\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve(Inputs.MANIFEST), manifest, StandardCharsets.UTF_8);
    return mini.assess(Inputs.directory(tmp), Fixtures.options());
  }

  private static final String GOOD_ENTRY = """
      datasets:
        services:
          complete: true
          declared_by: 山田
          declared_on: 2026-11-30
      """;

  /** Exactly one issue, in both languages, and the declaration not used: RDP over the empty services is UNKNOWN. */
  private static void assertRejected(Assessment a, String en, String ja) {
    assertThat(a.dataIssues()).extracting(i -> i.format(Lang.EN)).containsExactly(en);
    assertThat(a.dataIssues()).extracting(i -> i.format(Lang.JA)).containsExactly(ja);
    assertThat(a.item("RDP").orElseThrow().dataOutcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(a.datasets()).allSatisfy(d -> assertThat(d.declaration()).isEmpty());
  }

  @Test
  void badFormatId_isReportedAndNoDeclarationUsed() throws IOException {
    Assessment a = assessWithManifest("format: kizuki-inputs/2\n" + GOOD_ENTRY);

    assertRejected(a,
        "kizuki-inputs.yaml:1:1: format: expected format kizuki-inputs/1, found \"kizuki-inputs/2\"",
        "kizuki-inputs.yaml:1:1: format: format は kizuki-inputs/1 が必要ですが、「kizuki-inputs/2」でした");
  }

  @Test
  void unknownKey_namesTheKeysAllowed() throws IOException {
    Assessment a = assessWithManifest("""
        format: kizuki-inputs/1
        datasets:
          services:
            complete: true
            declared_by: 山田
            declared_on: 2026-11-30
            sources: [scan.csv]
        """);

    assertRejected(a,
        "kizuki-inputs.yaml:7:5: datasets.services.sources: unknown key \"sources\"; expected one of: complete,"
            + " declared_by, declared_on, note",
        "kizuki-inputs.yaml:7:5: datasets.services.sources: 不明なキー「sources」です。使えるキー: complete,"
            + " declared_by, declared_on, note");
  }

  @Test
  void completeWithoutDeclaredBy_isReportedAtTheDataset() throws IOException {
    Assessment a = assessWithManifest("""
        format: kizuki-inputs/1
        datasets:
          services:
            complete: true
            declared_on: 2026-11-30
        """);

    assertRejected(a,
        "kizuki-inputs.yaml:3:3: datasets.services: missing required key \"declared_by\"",
        "kizuki-inputs.yaml:3:3: datasets.services: 必須のキー「declared_by」がありません");
  }

  @Test
  void badDate_saysWhatDatesAreAccepted() throws IOException {
    Assessment a = assessWithManifest("""
        format: kizuki-inputs/1
        datasets:
          services:
            complete: true
            declared_by: 山田
            declared_on: 2026-02-30
        """);

    assertRejected(a,
        "kizuki-inputs.yaml:6:5: datasets.services.declared_on: expected a date (yyyy-MM-dd, yyyy/M/d or a"
            + " Japanese era date such as 令和2年1月5日), found \"2026-02-30\" (no such day)",
        "kizuki-inputs.yaml:6:5: datasets.services.declared_on: 日付（yyyy-MM-dd、yyyy/M/d、令和2年1月5日 などの和暦）が"
            + "必要ですが、「2026-02-30」でした（存在しない日付です）");
  }

  @Test
  void yamlAlias_isRefusedAsInAChecklist() throws IOException {
    Assessment a = assessWithManifest("""
        format: kizuki-inputs/1
        datasets:
          services: &s
            complete: false
          systems: *s
        """);

    assertThat(a.dataIssues()).extracting(i -> i.format(Lang.EN)).containsExactly(
        "kizuki-inputs.yaml:3:13: YAML anchor (&s) is not allowed; write the value out in full");
    assertThat(a.item("RDP").orElseThrow().dataOutcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void completeFalse_isValidAndDeclaresNothing() throws IOException {
    Assessment a = assessWithManifest("""
        format: kizuki-inputs/1
        datasets:
          services:
            complete: false
        """);

    assertThat(a.dataIssues()).isEmpty();
    assertThat(a.item("RDP").orElseThrow().dataOutcome()).isEqualTo(Outcome.UNKNOWN);
  }
}
