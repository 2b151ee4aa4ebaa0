package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of CSV exports as offices produce them, through the public API. */
class DirectoryInputsTest {
  private static final String SYSTEMS = "system_id,criticality,last_failover_test\r\nS1,高,令和8年6月1日\r\nS2,低,2020/1/1\r\n";

  @Test
  void assess_directory_readsEachEncodingAndReportsWhatWasRead(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("systems.csv"), SYSTEMS.getBytes(Charset.forName("windows-31j")));
    Files.write(dir.resolve("services.csv"), ("\uFEFFhost,port,allowed_sources\nweb,443,\n").getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("answers.csv"), ("\uFEFFitem_id,answer,answered_on\nPOLICY,はい,2026-11-01\n")
        .getBytes(StandardCharsets.UTF_16LE.newEncoder().charset()));
    Files.writeString(dir.resolve("notes.csv"), "a,b\n");

    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(dir), Fixtures.options());

    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(a.item("RDP").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(a.item("POLICY").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(a.datasets()).extracting(DatasetReport::dataset, DatasetReport::status, DatasetReport::rows)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("systems", DatasetReport.Status.OK, 2L),
            org.assertj.core.groups.Tuple.tuple("backups", DatasetReport.Status.MISSING, 0L),
            org.assertj.core.groups.Tuple.tuple("services", DatasetReport.Status.OK, 1L),
            org.assertj.core.groups.Tuple.tuple("answers", DatasetReport.Status.OK, 1L));
    assertThat(a.datasets().get(0).encodings()).containsExactly("windows-31j");
    assertThat(a.datasets().get(3).encodings()).containsExactly("UTF-16LE");
    assertThat(a.dataIssues()).singleElement().satisfies(i -> {
      assertThat(i.source()).isEqualTo("notes.csv");
      assertThat(i.message().en()).startsWith("not read: the file name matches no dataset");
    });
  }

  @Test
  void assess_emptyDirectory_everyDataItemUnknownNoPass(@TempDir Path dir) {
    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(dir), Fixtures.options());

    assertThat(a.items()).allSatisfy(i -> assertThat(i.outcome()).isEqualTo(Outcome.UNKNOWN));
    assertThat(a.datasets()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DatasetReport.Status.MISSING));
    assertThat(a.score()).isZero();
  }

  @Test
  void assess_explicitEncoding_overridesDetection(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("systems.csv"), SYSTEMS.getBytes(Charset.forName("windows-31j")));

    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(dir),
        Fixtures.options().withEncoding(StandardCharsets.UTF_8));

    assertThat(a.datasets().get(0).status()).isEqualTo(DatasetReport.Status.UNREADABLE);
    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(a.dataIssues()).isNotEmpty().allSatisfy(i -> assertThat(i.message().en()).doesNotContain("\uFFFD"));
  }

  @Test
  void assess_sameInputs_giveEqualAssessments(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("systems.csv"), SYSTEMS.getBytes(StandardCharsets.UTF_8));
    CompiledChecklist c = Fixtures.compiledMini();

    assertThat(c.assess(Inputs.directory(dir), Fixtures.options()))
        .isEqualTo(c.assess(Inputs.directory(dir), Fixtures.options()));
  }
}
