package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.OneChecklist.row;
import static dev.kizuki.testing.ChecklistYaml.checklist;
import static dev.kizuki.testing.ChecklistYaml.column;
import static dev.kizuki.testing.ChecklistYaml.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Outcome;
import dev.kizuki.TailoringLoader;
import dev.kizuki.WaiverReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rows a row waiver takes out of the figures with waivers: only those whose key it names. */
class WaiverPlanTest {
  /** Ports keyed by an optional integer column, so that a key may be blank as well as invalid. */
  private static final Checklist PORTS = ChecklistLoader.create().parse("ports.yaml", checklist("ports",
      dataset("ports", "port", column("port", "integer", false), column("ok", "boolean", false)),
      OneChecklist.item("PORTS", "dataset: ports\nrequire: {field: ok, eq: true}\nexpect: all\n")));

  private static WaiverReport assess(String waivers, List<Map<String, String>> rows) {
    CompiledChecklist c = CompiledChecklist.builder(PORTS)
        .waivers(TailoringLoader.create().parseWaivers("w.yaml", "format: kizuki-waivers/1\n" + waivers)).build();
    return c.assess(Inputs.builder().rows("ports", rows).build(), OneChecklist.OPTIONS).waivers();
  }

  private static WaiverReport.Entry waived3389(List<Map<String, String>> rows) {
    return assess("waivers:\n  - item: PORTS\n    justification: {ja: 理由, en: reason}\n"
        + "    approver: CISO\n    expires: 2027-03-31\n    rows: [3389]\n", rows).forItem("PORTS").orElseThrow();
  }

  /** An empty waiver file is still a file given: the report names it, with nothing waived. */
  @Test
  void bind_emptyWaiverFile_isReportedAsGiven() {
    WaiverReport r = assess("waivers: []\n", List.of(row("port", "443", "ok", "yes")));

    assertThat(r.given()).isTrue();
    assertThat(r.source()).isEqualTo("w.yaml");
    assertThat(r.entries()).isEmpty();
  }

  @Test
  void rowWaiver_rowWithABlankKey_isNeverWaived() {
    WaiverReport.Entry e = waived3389(List.of(row("port", "3389", "ok", "no"), row("port", "", "ok", "no"),
        row("port", "443", "ok", "yes")));

    assertThat(e.status()).isEqualTo(WaiverReport.Status.ROWS_WAIVED);
    assertThat(e.outcomeWithWaiver()).isEqualTo(Outcome.PARTIAL);
    assertThat(e.scoreWithWaiver()).isEqualTo(0.5);
  }

  /** Fail closed: a row whose key cannot be read cannot be told waived or not, so the item is an error. */
  @Test
  void rowWaiver_rowWithAnInvalidKey_makesTheFigureWithTheWaiverAnError() {
    WaiverReport.Entry e = waived3389(List.of(row("port", "3389", "ok", "no"), row("port", "eighty", "ok", "yes"),
        row("port", "443", "ok", "yes")));

    assertThat(e.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(e.outcomeWithWaiver()).isEqualTo(Outcome.ERROR);
    assertThat(e.scoreWithWaiver()).isZero();
  }
}
