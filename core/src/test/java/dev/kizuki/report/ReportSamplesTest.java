package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.Issue;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payload assessment the report tests use is made by the engine and really carries the payloads. */
class ReportSamplesTest {

  @Test
  void payloads_corpus_everyPayloadReachesTitlesRowsAnswersAndIssues() {
    List<String> payloads = ReportSamples.corpus("reports/payloads.txt");

    Assessment a = ReportSamples.payloads(payloads);

    assertThat(a.items()).hasSameSizeAs(payloads);
    for (int k = 0; k < payloads.size(); k++) {
      String p = payloads.get(k);
      ItemResult r = a.items().get(k);
      assertThat(r.item().title().en()).isEqualTo(p);
      // Cells are read trimmed, as from a CSV file.
      assertThat(r.evidence().rows()).extracting(RowRef::key).contains(p.strip());
      assertThat(r.answer()).hasValueSatisfying(ans -> assertThat(ans.evidence()).isEqualTo(p.strip()));
      assertThat(r.gain()).as("item %d gain", k).isPositive();
    }
    assertThat(a.dataIssues()).extracting(Issue::message).extracting(m -> m.en())
        .anySatisfy(m -> assertThat(m).contains(payloads.get(payloads.size() - 1)));
    assertThat(a.count(Outcome.CONTRADICTED)).isPositive();
  }
}
