package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.TailoringLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress between two JSON reports, and the three diff formats. */
class ReportDiffTest {
  private static final Checklist MINI =
      ChecklistLoader.create().parse("mini.yaml", ReportSamples.resource("checklists/mini.yaml"));
  private static final JsonReportWriter JSON = new JsonReportWriter();

  private static String report(String lastTest, String rdpSources, LocalDate asOf, String waivers) {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            Map.of("system_id", "a", "criticality", "high", "last_failover_test", "2026-06-01"),
            Map.of("system_id", "b", "criticality", "high", "last_failover_test", lastTest)))
        .rows("services", List.of(Map.of("host", "gw", "port", "3389", "allowed_sources", rdpSources)))
        .build();
    CompiledChecklist.Builder compiled = CompiledChecklist.builder(MINI);
    if (!waivers.isEmpty()) {
      compiled.waivers(TailoringLoader.create().parseWaivers("w.yaml", waivers));
    }
    return JSON.toJson(compiled.build().assess(inputs, AssessmentOptions.asOf(asOf)));
  }

  @Test
  void diff_fixedItems_areImprovedAndTheScoreRises() {
    String waivers = "format: kizuki-waivers/1\nwaivers:\n  - item: RDP\n    justification: j\n    approver: CISO\n"
        + "    expires: 2026-12-15\n";
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), waivers);
    String after = report("2026-11-01", "any", LocalDate.of(2026, 12, 31), waivers);

    ReportDiff d = ReportDiff.of("old.json", before, "new.json", after);

    assertThat(d.scoreChange()).isPositive();
    assertThat(d.items(ReportDiff.Direction.IMPROVED)).extracting(ReportDiff.ItemChange::id).containsExactly("FAILOVER");
    ReportDiff.ItemChange failover = d.items(ReportDiff.Direction.IMPROVED).get(0);
    assertThat(failover.before()).contains(Outcome.PARTIAL);
    assertThat(failover.after()).contains(Outcome.PASS);
    assertThat(d.items(ReportDiff.Direction.REGRESSED)).isEmpty();
    assertThat(d.expiredWaivers()).extracting(ReportDiff.ExpiredWaiver::item).containsExactly("RDP");
    assertThat(d.categories()).filteredOn(c -> c.id().equals("resilience")).singleElement()
        .satisfies(c -> assertThat(c.change().getAsDouble()).isPositive());
    assertThat(d.scoreChange()).isCloseTo(d.after().score() - d.before().score(), within(1e-9));
  }

  @Test
  void writers_showTheChangeInEveryFormat() {
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    String after = report("2026-11-01", "10.0.0.0/8", LocalDate.of(2026, 11, 30), "");
    ReportDiff d = ReportDiff.of("old.json", before, "new.json", after);
    DiffWriter w = new DiffWriter();

    assertThat(w.toString(d, DiffWriter.Format.TEXT, Lang.EN)).contains("Improved (2)", "FAILOVER  Partial → Pass");
    assertThat(w.toString(d, DiffWriter.Format.MD, Lang.JA)).contains("## 改善した項目 (2)", "| FAILOVER |");
    assertThat(w.toString(d, DiffWriter.Format.JSON, Lang.EN)).startsWith("{\n  \"format\": \"kizuki-diff/1\",")
        .contains("\"direction\": \"improved\"");
  }

  @Test
  void diff_ofSomethingElse_namesTheFileAndField() {
    String good = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "");
    assertThatThrownBy(() -> ReportDiff.of("old.json", "{\"format\": \"other/1\"}", "new.json", good))
        .isInstanceOf(ReportException.class).hasMessage("old.json: format: not a kizuki-report/1 report: expected"
            + " kizuki-report/1");
    assertThatThrownBy(() -> ReportDiff.of("old.json", good, "new.json", "not json"))
        .isInstanceOf(ReportException.class).hasMessageStartingWith("new.json: not valid JSON");
    String badStatus = good.replaceFirst("\"status\": \"[a-z_]+\"", "\"status\": \"great\"");
    assertThatThrownBy(() -> ReportDiff.of("old.json", badStatus, "new.json", good))
        .isInstanceOf(ReportException.class).hasMessageContaining("old.json: items[0].status:");
  }

  @Test
  void diff_reportWithoutScoreWithWaivers_usesItsScore() {
    String before = report("2020-01-01", "any", LocalDate.of(2026, 11, 30), "")
        .replaceFirst("\\s*\"score_with_waivers\": [0-9.]+,", "");
    ReportDiff d = ReportDiff.of("old.json", before, "new.json", before);
    assertThat(d.before().scoreWithWaivers()).isEqualTo(d.before().score());
    assertThat(d.items()).isEmpty();
  }
}
