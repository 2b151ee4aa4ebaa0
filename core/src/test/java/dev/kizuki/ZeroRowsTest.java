package dev.kizuki;

import static dev.kizuki.Fixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero rows is not absence (issue 13, point 8): a header-only dataset is EMPTY, and a rule that passes or does
 * not apply for want of rows is UNKNOWN unless the dataset is declared complete. Through the mini checklist:
 * RDP is {@code expect: none} over services, DRILL is {@code when_empty: not_applicable} over systems.
 */
class ZeroRowsTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 30);
  private static final List<String> SERVICES = List.of("host", "port", "allowed_sources");

  private final CompiledChecklist mini = Fixtures.compiledMini();

  @TempDir Path tmp;

  private Assessment assess(Inputs inputs) {
    return mini.assess(inputs, Fixtures.options());
  }

  private static Inputs.Builder headerOnlyServices() {
    return Inputs.builder().table("services", "services.csv", SERVICES, List.of());
  }

  @Test
  void expectNone_headerOnlyDataset_isUnknownAndTheDatasetEmpty() {
    Assessment a = assess(headerOnlyServices().build());

    ItemResult rdp = a.item("RDP").orElseThrow();
    assertThat(rdp.dataOutcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(rdp.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(rdp.basis()).isEqualTo(Basis.NONE);
    assertThat(rdp.reason().en()).isEqualTo("services has no rows and was not declared complete (complete: true in"
        + " kizuki-inputs.yaml), so there is nothing to judge by; no answer was given");
    assertThat(rdp.reason().ja()).isEqualTo("services に行がなく、すべての行であるとの宣言（kizuki-inputs.yaml の"
        + " complete: true）もないため判断できません。回答がありません");
    assertThat(rdp.evidence().notes()).extracting(Text::en).containsExactly("services has no rows and was not"
        + " declared complete (complete: true in kizuki-inputs.yaml), so there is nothing to judge by");
    DatasetReport services = dataset(a, "services");
    assertThat(services.status()).isEqualTo(DatasetReport.Status.EMPTY);
    assertThat(services.status().id()).isEqualTo("empty");
    assertThat(services.declaration()).isEmpty();
    assertThat(a.coverage().data()).as("no coverage is claimed on zero rows").isZero();
  }

  @Test
  void expectNone_headerOnlyDatasetDeclaredCompleteInCode_passesNamingTheDeclarer() {
    Assessment a = assess(headerOnlyServices().declareComplete("services", "情報システム部 山田", ON).build());

    ItemResult rdp = a.item("RDP").orElseThrow();
    assertThat(rdp.outcome()).isEqualTo(Outcome.PASS);
    assertThat(rdp.basis()).isEqualTo(Basis.DATA);
    assertThat(rdp.reason().en()).isEqualTo("no row of services matches what must not exist; services was declared"
        + " complete by 情報システム部 山田 on 2026-11-30");
    assertThat(rdp.reason().ja()).isEqualTo("該当してはならない行はありません（services）。services は 情報システム部 山田 が"
        + " 2026-11-30 にすべての行であると宣言しています");
    assertThat(dataset(a, "services").declaration()).map(Declaration::declaredBy).hasValue("情報システム部 山田");
  }

  @Test
  void expectNone_headerOnlyFileDeclaredCompleteInTheManifest_passes() throws IOException {
    write("services.csv", "host,port,allowed_sources\n");
    write("kizuki-inputs.yaml", """
        format: kizuki-inputs/1
        datasets:
          services:
            complete: true
            declared_by: "情報システム部 山田"
            declared_on: 2026/11/30
            note: "外部スキャン(2026-11-28)の全結果"
        """);

    Assessment a = assess(Inputs.directory(tmp));

    assertThat(a.dataIssues()).isEmpty();
    assertThat(a.item("RDP").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    Declaration d = dataset(a, "services").declaration().orElseThrow();
    assertThat(d).isEqualTo(new Declaration("services", "情報システム部 山田", ON, "外部スキャン(2026-11-28)の全結果",
        new Location("kizuki-inputs.yaml", 3, 3, "datasets.services")));
    assertThat(dataset(a, "services").status()).isEqualTo(DatasetReport.Status.EMPTY);
  }

  @Test
  void expectNone_headerOnlyFileWithoutManifest_isUnknown() throws IOException {
    write("services.csv", "host,port,allowed_sources\n");

    Assessment a = assess(Inputs.directory(tmp));

    assertThat(a.item("RDP").orElseThrow().dataOutcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(dataset(a, "services").status()).isEqualTo(DatasetReport.Status.EMPTY);
  }

  @Test
  void expectNone_rowsNoneMatching_stillPassesWithoutDeclaration() {
    Assessment a = assess(Inputs.builder().rows("services", List.of(
        row("host", "web", "port", "443", "allowed_sources", "any"))).build());

    assertThat(a.item("RDP").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(dataset(a, "services").status()).isEqualTo(DatasetReport.Status.OK);
  }

  @Test
  void whenEmptyNotApplicable_headerOnlyDataset_isUnknownNotNotApplicable() {
    Assessment a = assess(Inputs.builder()
        .table("systems", "systems.csv", List.of("system_id", "standby_count"), List.of()).build());

    ItemResult drill = a.item("DRILL").orElseThrow();
    assertThat(drill.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(drill.reason().en()).isEqualTo("systems has no rows and was not declared complete (complete: true in"
        + " kizuki-inputs.yaml), so there is nothing to judge by");
  }

  @Test
  void whenEmptyNotApplicable_headerOnlyDatasetDeclaredComplete_isNotApplicable() {
    Assessment a = assess(Inputs.builder()
        .table("systems", "systems.csv", List.of("system_id", "standby_count"), List.of())
        .declareComplete("systems", "総務部", ON, "システム台帳の全件").build());

    assertThat(a.item("DRILL").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void whenEmptyNotApplicable_rowsAllOutOfScope_keepsNotApplicable() {
    Assessment a = assess(Inputs.builder().rows("systems", List.of(
        row("system_id", "S1", "standby_count", "0"), row("system_id", "S2", "standby_count", "0"))).build());

    ItemResult drill = a.item("DRILL").orElseThrow();
    assertThat(drill.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(drill.reason().en()).isEqualTo("no row of systems is in scope, so the item does not apply");
  }

  @Test
  void declaration_ofADatasetTheChecklistLacks_isADataIssueAndUnused() {
    Assessment a = assess(headerOnlyServices().declareComplete("servers", "山田", ON).build());

    assertThat(a.dataIssues()).extracting(i -> i.format(Lang.EN)).containsExactly("Inputs.builder():"
        + " declareComplete(servers): the checklist has no dataset \"servers\", so this declaration is not used");
    assertThat(a.item("RDP").orElseThrow().dataOutcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void builder_declaringTwiceOrWithoutDeclarer_failsFast() {
    Inputs.Builder b = Inputs.builder().declareComplete("services", "山田", ON);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> b.declareComplete("services", "鈴木", ON))
        .withMessage("dataset services was declared complete already");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Inputs.builder().declareComplete("systems", " ", ON))
        .withMessage("the declaration of systems needs who made it (declaredBy)");
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static DatasetReport dataset(Assessment a, String id) {
    return a.datasets().stream().filter(d -> d.dataset().equals(id)).findFirst().orElseThrow();
  }
}
