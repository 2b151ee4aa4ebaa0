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

  /** Issue 17: a FIFO named like a dataset was "no data" (and would block a reader); it is unreadable data. */
  @Test
  void assess_fifoNamedLikeADataset_isUnreadableSayingWhatItIs(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("systems.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");

    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(dir), Fixtures.options());

    assertThat(a.datasets().get(0).status()).isEqualTo(DatasetReport.Status.UNREADABLE);
    assertThat(a.item("FAILOVER").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(a.dataIssues()).singleElement().satisfies(i -> {
      assertThat(i.source()).isEqualTo("systems.csv");
      assertThat(i.message().en()).isEqualTo("expected a regular file, found a special file (a device, FIFO or socket)");
    });
  }

  /** A link out of the folder is followed by default (as command-line tools do), refused with STAY_INSIDE. */
  @Test
  void assess_linkOutsideTheFolder_followedByDefaultRefusedWhenKeptInside(@TempDir Path root) throws IOException {
    Path outside = Files.writeString(root.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    Path dir = Files.createDirectory(root.resolve("upload"));
    Files.createSymbolicLink(dir.resolve("systems.csv"), outside);

    Assessment followed = Fixtures.compiledMini().assess(Inputs.directory(dir), Fixtures.options());
    Assessment kept = Fixtures.compiledMini().assess(Inputs.directory(dir, Inputs.Links.STAY_INSIDE),
        Fixtures.options());

    assertThat(followed.datasets().get(0).status()).isEqualTo(DatasetReport.Status.UNREADABLE);
    assertThat(followed.dataIssues()).isNotEmpty().allSatisfy(i -> assertThat(i.message().en()).doesNotContain("/bin/bash"));
    assertThat(kept.datasets().get(0).status()).isEqualTo(DatasetReport.Status.UNREADABLE);
    assertThat(kept.dataIssues()).singleElement().satisfies(i ->
        assertThat(i.message().en()).isEqualTo("not read: a link that leads outside the folder"));
  }

  @Test
  void assess_linkInsideTheFolder_isReadWhenKeptInside(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("exports"));
    Path target = Files.write(dir.resolve("exports/systems-2026.csv"), SYSTEMS.getBytes(Charset.forName("windows-31j")));
    Files.createSymbolicLink(dir.resolve("systems.csv"), target);

    Assessment a = Fixtures.compiledMini().assess(Inputs.directory(dir, Inputs.Links.STAY_INSIDE), Fixtures.options());

    assertThat(a.datasets().get(0).status()).isEqualTo(DatasetReport.Status.OK);
    assertThat(a.datasets().get(0).rows()).isEqualTo(2);
  }
}
