package dev.kizuki.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.DatasetReport;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No files at all: nothing may pass, and every dataset is reported missing (the CLI lists them). */
class EmptyDirectoryTest {

  @Test
  void emptyDirectoryFailsClosed(@TempDir Path empty) {
    Assessment a = ReplayData.assess(empty);

    assertThat(a.items()).filteredOn(r -> r.item().check().data().isPresent()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome()).as(r.id()).isEqualTo(Outcome.UNKNOWN));
    assertThat(a.count(Outcome.PASS)).isZero();
    assertThat(a.items()).allSatisfy(r -> assertThat(r.outcome()).as(r.id()).isEqualTo(Outcome.UNKNOWN));
    assertThat(a.score()).isZero();
  }

  @Test
  void everyDatasetIsReportedMissing(@TempDir Path empty) {
    Assessment a = ReplayData.assess(empty);

    assertThat(a.datasets()).extracting(DatasetReport::dataset)
        .containsAll(a.checklist().datasets().stream().map(DatasetSchema::id).toList());
    assertThat(a.datasets()).allSatisfy(d -> {
      assertThat(d.status()).as(d.dataset()).isEqualTo(DatasetReport.Status.MISSING);
      assertThat(d.rows()).isZero();
    });
    assertThat(a.dataIssues()).isEmpty();
  }
}
