package dev.kizuki.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.DatasetReport;
import dev.kizuki.Lang;
import dev.kizuki.checklists.BundledChecklists;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  @Test
  void assessRows_builtInRows_givesAScoredAssessmentOfEveryItem() {
    Assessment a = EmbeddingExample.assessRows(AS_OF);

    assertThat(a.items()).hasSize(BundledChecklists.nisc2020().items().size());
    assertThat(a.score()).isBetween(0.0, 100.0);
    assertThat(a.dataIssues()).isEmpty();
    assertThat(a.datasets()).filteredOn(d -> d.dataset().equals("systems"))
        .singleElement().extracting(DatasetReport::rows).isEqualTo(2L);
    assertThat(a.item("NISC-GOV-01")).hasValueSatisfying(r -> assertThat(r.answer()).isPresent());
  }

  @Test
  void summaryAndJson_builtInRows_renderTheResult() {
    Assessment a = EmbeddingExample.assessRows(AS_OF);

    assertThat(EmbeddingExample.summary(a, Lang.EN)).startsWith("score ").contains("/100 (data ");
    assertThat(EmbeddingExample.toJson(a)).startsWith("{\n  \"format\": \"kizuki-report/1\"")
        .contains("\"as_of\": \"2026-11-30\"");
  }

  @Test
  void assessDirectory_folderOfCsv_readsIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("systems.csv"), "system_id,criticality\nSYS-9,high\n", StandardCharsets.UTF_8);

    Assessment a = EmbeddingExample.assessDirectory(dir, AS_OF);

    assertThat(a.datasets()).filteredOn(d -> d.dataset().equals("systems"))
        .singleElement().extracting(DatasetReport::status).isEqualTo(DatasetReport.Status.OK);
  }

  @Test
  void main_noArguments_printsSummaryAndJson() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("score ").contains("\"format\": \"kizuki-report/1\"");
  }
}
