package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static dev.kizuki.testing.ChecklistYaml.checklist;
import static dev.kizuki.testing.ChecklistYaml.column;
import static dev.kizuki.testing.ChecklistYaml.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dev.kizuki.testing.ChecklistYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waivers bound when compiling: every problem found before any data is read, row keys read as the key
 * column's cells are, and row waivers told apart in the one pass over the data.
 */
class WaiverBindingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final TailoringLoader LOADER = TailoringLoader.create();

  /** Three datasets keyed by a date, a boolean and an integer; one item on each, and a questionnaire item. */
  private static final Checklist KEYED = ChecklistLoader.create().parse("keyed.yaml", checklist("keyed",
      dataset("patches", "day", column("day", "date", true), column("ok", "boolean", false))
          + dataset("flags", "flag", column("flag", "boolean", true), column("ok", "boolean", false))
          + dataset("ports", "port", column("port", "integer", true), column("ok", "boolean", false)),
      item("PATCHED", "patches"), item("FLAGGED", "flags"), item("PORTS", "ports"),
      ChecklistYaml.item("ASKED", "    check: {question: true}\n")));

  private static String item(String id, String dataset) {
    return ChecklistYaml.item(id,
        "    check:\n      data: {dataset: " + dataset + ", require: {field: ok, eq: true}, expect: all}\n");
  }

  private static Waivers waivers(String... entries) {
    return LOADER.parseWaivers("waivers.yaml", "format: kizuki-waivers/1\nwaivers:\n" + String.join("", entries));
  }

  /** A waiver of four lines, plus {@code rows} as a fifth when not empty. */
  private static String waiver(String item, String rows) {
    return "  - item: " + item + "\n    justification: {ja: 理由, en: reason}\n    approver: CISO\n"
        + "    expires: 2027-03-31\n" + (rows.isEmpty() ? "" : "    rows: " + rows + "\n");
  }

  private static Map<String, String> row(String key, String keyValue, String ok) {
    return Map.of(key, keyValue, "ok", ok);
  }

  /** Two failing rows and one passing row in each dataset. */
  private static Inputs inputs() {
    return Inputs.builder()
        .rows("patches", List.of(row("day", "2026-04-01", "no"), row("day", "2026-04-02", "no"),
            row("day", "2026-04-03", "yes")))
        .rows("flags", List.of(row("flag", "true", "no"), row("flag", "false", "yes")))
        .rows("ports", List.of(row("port", "3389", "no"), row("port", "443", "yes")))
        .build();
  }

  @Test
  void build_waiverProblemsOfEveryKind_areAllThrownAtTheirWaiversBeforeAnyDataIsRead() {
    Waivers bad = waivers(
        waiver("NOPE", ""),                    // lines 3-6
        waiver("ASKED", "[x]"),                // lines 7-11
        waiver("PATCHED", "[2026-02-30]"),     // lines 12-16
        waiver("PORTS", "[eighty, 443]"));     // lines 17-21

    // No inputs exist yet: building alone must find every problem.
    assertThatThrownBy(() -> CompiledChecklist.builder(KEYED).waivers(bad).build())
        .isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.format(Lang.EN).lines()).containsExactly(
            "waivers.yaml:3:5: waivers[0].item: checklist keyed has no item \"NOPE\"",
            "waivers.yaml:7:5: waivers[1].rows: item ASKED has no data rule, so no rows can be waived",
            "waivers.yaml:12:5: waivers[2].rows: row key \"2026-02-30\" is not a value of patches's key column day"
                + " (date)",
            "waivers.yaml:17:5: waivers[3].rows: row key \"eighty\" is not a value of ports's key column port"
                + " (integer)"));
  }

  @Test
  void build_waiverProblem_isReportedInJapaneseToo() {
    assertThatThrownBy(() -> CompiledChecklist.builder(KEYED).waivers(waivers(waiver("PORTS", "[eighty]"))).build())
        .isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.format(Lang.JA))
            .isEqualTo("waivers.yaml:3:5: waivers[0].rows: 行のキー「eighty」は ports のキー列 port（integer）の値になりません"));
  }

  @Test
  void build_waiverForItemTheProfileLeftOut_isNoProblem() {
    Tailoring t = LOADER.parseProfile("p.yaml", "format: kizuki-profile/1\nid: p\ntitle: {ja: p, en: p}\n"
        + "checklist: keyed\nchanges:\n  - deselect: {item: PORTS}\n    reason: r\n").applyTo(KEYED);
    // Rows of an item not selected are not checked either: there is nothing to waive.
    Assessment a = CompiledChecklist.builder(t).waivers(waivers(waiver("PORTS", "[eighty]"))).build()
        .assess(inputs(), AssessmentOptions.asOf(AS_OF));
    assertThat(a.waivers().forItem("PORTS").orElseThrow().status()).isEqualTo(WaiverReport.Status.NOT_SELECTED);
  }

  /** Keys take the forms the cells take: 2026/4/1 and 令和8年4月2日 for dates, はい for true, full-width digits. */
  @Test
  void assess_rowKeysInTheFormsCellsTake_waiveTheRowsTheyName() {
    CompiledChecklist compiled = CompiledChecklist.builder(KEYED).waivers(waivers(
        waiver("PATCHED", "[2026/4/1, 令和8年4月2日]"),
        waiver("FLAGGED", "[はい]"),
        waiver("PORTS", "[３３８９]"))).build();

    Assessment a = compiled.assess(inputs(), AssessmentOptions.asOf(AS_OF));

    for (String id : List.of("PATCHED", "FLAGGED", "PORTS")) {
      WaiverReport.Entry e = a.waivers().forItem(id).orElseThrow();
      assertThat(e.status()).as(id).isEqualTo(WaiverReport.Status.ROWS_WAIVED);
      assertThat(e.outcome()).as(id).isEqualTo(Outcome.PARTIAL);
      assertThat(e.outcomeWithWaiver()).as(id).isEqualTo(Outcome.PASS);
      assertThat(e.scoreWithWaiver()).as(id).isEqualTo(1.0);
    }
    assertThat(a.score()).isLessThan(50.0);
    assertThat(a.scoreWithWaivers()).isEqualTo(75.0); // ASKED, not answered, is UNKNOWN
  }

  @Test
  void assess_rowKeyOfAnotherRow_leavesTheFailingRowsCounted() {
    CompiledChecklist compiled = CompiledChecklist.builder(KEYED)
        .waivers(waivers(waiver("PATCHED", "[2026/4/1, 2026/4/3]"))).build();

    WaiverReport.Entry e = compiled.assess(inputs(), AssessmentOptions.asOf(AS_OF)).waivers()
        .forItem("PATCHED").orElseThrow();

    assertThat(e.outcomeWithWaiver()).isEqualTo(Outcome.FAIL); // only 2026-04-02 is left, and it fails
  }

  /** The figures with a row waiver are the honest figures of the same data without the waived rows. */
  @Test
  void assess_rowWaiver_scoresAsIfTheWaivedRowsWereAbsent() {
    CompiledChecklist compiled = CompiledChecklist.builder(KEYED)
        .waivers(waivers(waiver("PATCHED", "[2026-04-01]"), waiver("PORTS", "[3389]"))).build();
    Inputs without = Inputs.builder()
        .rows("patches", List.of(row("day", "2026-04-02", "no"), row("day", "2026-04-03", "yes")))
        .rows("flags", List.of(row("flag", "true", "no"), row("flag", "false", "yes")))
        .rows("ports", List.of(row("port", "443", "yes")))
        .build();

    Assessment waived = compiled.assess(inputs(), AssessmentOptions.asOf(AS_OF).withScoringModel(ScoringModel.FLAT));
    Assessment absent = CompiledChecklist.compile(KEYED)
        .assess(without, AssessmentOptions.asOf(AS_OF).withScoringModel(ScoringModel.FLAT));

    assertThat(waived.scoreWithWaivers()).isCloseTo(absent.score(), within(1e-9)).isNotEqualTo(waived.score());
    assertThat(waived.categories().get(0).scoreWithWaivers()).isCloseTo(absent.categories().get(0).score(),
        within(1e-9));
    for (String id : List.of("PATCHED", "PORTS")) {
      assertThat(waived.waivers().forItem(id).orElseThrow().outcomeWithWaiver()).as(id)
          .isEqualTo(absent.item(id).orElseThrow().outcome());
    }
    // The honest side keeps every row.
    assertThat(waived.item("PATCHED").orElseThrow().evidence().failing()).isEqualTo(2);
  }

  @Test
  void assess_rowWaivedItems_readEachDatasetFileOnce(@TempDir Path dir) throws IOException {
    CountingFiles counting = new CountingFiles(FileSystems.getDefault());
    Inputs.Builder in = Inputs.builder();
    Map<String, String> csv = Map.of(
        "patches", "day,ok\n2026-04-01,no\n2026-04-02,yes\n",
        "flags", "flag,ok\ntrue,no\nfalse,yes\n",
        "ports", "port,ok\n3389,no\n443,yes\n");
    for (Map.Entry<String, String> e : csv.entrySet()) {
      Path file = Files.writeString(dir.resolve(e.getKey() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
      in.csv(e.getKey(), counting.path(file));
    }
    CompiledChecklist compiled = CompiledChecklist.builder(KEYED).waivers(waivers(
        waiver("PATCHED", "[2026-04-01]"), waiver("FLAGGED", "[true]"), waiver("PORTS", "[3389]"))).build();

    Assessment a = compiled.assess(in.build(), AssessmentOptions.asOf(AS_OF));

    assertThat(a.scoreWithWaivers()).isEqualTo(75.0); // every data item passes on its other rows
    for (String id : csv.keySet()) {
      assertThat(counting.opens(dir.resolve(id + ".csv"))).as(id).isEqualTo(1);
    }
  }
}
