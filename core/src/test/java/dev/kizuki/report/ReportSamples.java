package dev.kizuki.report;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Basis;
import dev.kizuki.Category;
import dev.kizuki.CategoryResult;
import dev.kizuki.Check;
import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Coverage;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetReport;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Evidence;
import dev.kizuki.IncidentCase;
import dev.kizuki.Inputs;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Location;
import dev.kizuki.Operand;
import dev.kizuki.Outcome;
import dev.kizuki.Predicate;
import dev.kizuki.Profile;
import dev.kizuki.ProfileChange;
import dev.kizuki.RowRef;
import dev.kizuki.ScoringModel;
import dev.kizuki.Severity;
import dev.kizuki.SourceRef;
import dev.kizuki.Tailoring;
import dev.kizuki.TailoringLoader;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.WaiverReport;
import dev.kizuki.Waivers;
import dev.kizuki.internal.result.Results;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixed assessments for the report tests: the mini checklist over fixed rows, and one made of payloads. */
final class ReportSamples {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** Markup, script and formula payloads that the fixed assessment carries in its data cells. */
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  static final String LINK = "db-[link](javascript:alert(1))";

  private ReportSamples() {}

  /** The mini checklist assessed over fixed in-memory rows and answers, as of {@link #AS_OF}. */
  static Assessment mini() {
    return mini(Optional.empty(), Waivers.NONE);
  }

  private static Assessment mini(Optional<String> profile, Waivers waivers) {
    Checklist checklist = ChecklistLoader.create().parse("mini.yaml", resource("checklists/mini.yaml"));
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            row("system_id", "web-01", "criticality", "high", "last_failover_test", "2026-06-01",
                "firmware_changed_on", "", "standby_count", "2"),
            row("system_id", FORMULA, "criticality", "high", "last_failover_test", "2024-01-01",
                "firmware_changed_on", "", "standby_count", "0"),
            row("system_id", SCRIPT, "criticality", "高", "last_failover_test", "2026-01-01",
                "firmware_changed_on", "2026-02-01", "standby_count", "0"),
            row("system_id", LINK, "criticality", "low", "last_failover_test", "",
                "firmware_changed_on", "", "standby_count", "1")))
        .rows("backups", List.of(
            row("backup_id", "b1", "system_id", "web-01", "restore_tested_on", "2026-05-01", "offline", "true"),
            row("backup_id", "b2", "system_id", SCRIPT, "restore_tested_on", "2026-05-01", "offline", "false")))
        .rows("services", List.of(
            row("host", IMG, "port", "3389", "allowed_sources", "any"),
            row("host", "vpn", "port", "443", "allowed_sources", "")))
        .rows("answers", List.of(
            row("item_id", "FAILOVER", "answer", "yes", "evidence", "+SUM(1,2)", "answered_by", "@ops",
                "answered_on", "2026-10-01"),
            row("item_id", "RDP", "answer", "はい", "evidence", "[policy](http://evil.example)",
                "answered_by", "<b>admin</b>", "answered_on", "2026-09-01"),
            row("item_id", "POLICY", "answer", "partial", "evidence", "-1+1", "answered_by", "",
                "answered_on", "2024-01-01")))
        .build();
    CompiledChecklist.Builder compiled = profile.isEmpty() ? CompiledChecklist.builder(checklist)
        : CompiledChecklist.builder(TailoringLoader.create().parseProfile("profile.yaml", profile.get())
            .applyTo(checklist));
    return compiled.waivers(waivers).build().assess(inputs, AssessmentOptions.asOf(AS_OF));
  }

  /**
   * {@link #mini()} tailored by a profile (an item left out, a parameter and a category weight changed) and
   * with waivers: a whole item waived, one row waived (its key a formula payload), and one waiver expired.
   */
  static Assessment tailored() {
    String profile = String.join("\n",
        "format: kizuki-profile/1",
        "id: tailored",
        "title: {ja: 調整済み, en: Tailored <b>}",
        "checklist: mini",
        "changes:",
        "  - deselect: {item: DRILL}",
        "    reason: {ja: 訓練は別に管理, en: Drills are tracked elsewhere}",
        "  - set_parameter: {item: FAILOVER, parameter: max_age_days, value: 400}",
        "    reason: '" + LINK + "'",
        "  - set_weight: {category: exposure, weight: 3}",
        "    reason: exposure matters more");
    String waivers = String.join("\n",
        "format: kizuki-waivers/1",
        "waivers:",
        "  - item: RDP",
        "    justification: {ja: 移行中, en: '" + SCRIPT + "'}",
        "    approver: CISO",
        "    expires: 2026-12-31",
        "  - item: FAILOVER",
        "    rows: ['" + FORMULA + "']",
        "    justification: decommissioned next month",
        "    approver: IT manager",
        "    expires: 2026-11-30",
        "  - item: POLICY",
        "    justification: old",
        "    approver: CISO",
        "    expires: 2026-11-29");
    return mini(Optional.of(profile), TailoringLoader.create().parseWaivers("waivers.yaml", waivers));
  }

  /**
   * An assessment, made by the engine, in which every text a report shows (checklist, category, item, rule,
   * reason, evidence row, answer, dataset, issue) carries one of {@code payloads}: item {@code k} carries
   * payload {@code k} in its ids and texts, and is judged over a dataset of its own whose failing row is keyed
   * by the payload and whose invalid cell is the payload, so it is ERROR (or CONTRADICTED, answered yes) with
   * a gain and also appears in the remediation plan and the data issues.
   */
  static Assessment payloads(List<String> payloads) {
    Checklist checklist = payloadChecklist(payloads, payloads.size());
    return CompiledChecklist.compile(checklist).assess(payloadInputs(checklist, payloads),
        AssessmentOptions.asOf(AS_OF));
  }

  /** The checklist of {@link #payloads} with {@code items} items, item {@code k} carrying payload {@code k % n}. */
  private static Checklist payloadChecklist(List<String> payloads, int items) {
    List<Category> categories = new ArrayList<>();
    for (int k = 0; k < Math.min(3, payloads.size()); k++) {
      String p = payloads.get(k);
      Text t = Text.of(p, p);
      categories.add(new Category("c" + two(k) + p, t, t, 1));
    }
    List<IncidentCase> cases = new ArrayList<>();
    List<SourceRef> lessons = new ArrayList<>();
    List<SourceRef> measures = new ArrayList<>();
    List<DatasetSchema> datasets = new ArrayList<>();
    List<Item> list = new ArrayList<>();
    for (int k = 0; k < items; k++) {
      String p = payloads.get(k % payloads.size());
      Text t = Text.of(p, p);
      String n = two(k);
      cases.add(new IncidentCase("case-" + n + p, t));
      lessons.add(new SourceRef("L" + n + p, "case-" + n + p, t));
      measures.add(new SourceRef("M" + n + p, "case-" + n + p, t));
      datasets.add(DatasetSchema.builder(dataset(k, p), "key").title(t).description(t)
          .column(Column.builder("key", ColumnType.STRING).required().description(t).example(p).build())
          .column(Column.builder("ok", ColumnType.BOOLEAN).description(t).build())
          .build());
      DataRule rule = DataRule.builder(dataset(k, p))
          .require(new Predicate.Compare("ok", Predicate.Op.EQ, new Operand.Literal(true)))
          .explain(t)
          .build();
      // Ids carry the payload too, behind a unique prefix: they land in attributes (id, href).
      list.add(Item.builder("P" + n + p, categories.get(k % categories.size()).id())
          .title(t).question(t).rationale(t).remediation(t)
          .lesson("L" + n + p).measure("M" + n + p).mapping(p, List.of(p))
          .severity(Severity.values()[k % 4]).weight(1 + k % 3)
          .check(Check.of(rule).withQuestion())
          .build());
    }
    String first = payloads.get(0);
    return checklist(first, cases, lessons, measures, categories, datasets, list);
  }

  /**
   * Per item: a failing row keyed by its payload, a passing row, and but for every fifth item a row whose
   * boolean cell is the payload (invalid, so ERROR and a data issue, unless the payload reads as a boolean);
   * and an answer carrying the payload, yes for every fifth item (so CONTRADICTED: the data is PARTIAL), stale
   * for every other one.
   */
  private static Inputs payloadInputs(Checklist checklist, List<String> payloads) {
    Inputs.Builder in = Inputs.builder();
    List<Map<String, String>> answers = new ArrayList<>();
    for (int k = 0; k < checklist.items().size(); k++) {
      String p = payloads.get(k);
      String n = two(k);
      List<Map<String, String>> rows = new ArrayList<>(List.of(row("key", p, "ok", "no"), row("key", "y" + n, "ok",
          "yes")));
      if (k % 5 != 0) {
        rows.add(row("key", "x" + n, "ok", p)); // an invalid cell makes the item ERROR: not for the contradicted
      }
      in.rows(dataset(k, p), rows);
      answers.add(row("item_id", checklist.items().get(k).id(), "answer", k % 5 == 0 ? "yes" : "no",
          "evidence", p, "answered_by", p, "answered_on", k % 2 == 0 ? "2024-01-01" : "2026-10-01"));
    }
    return in.rows("answers", answers).build();
  }

  private static String dataset(int k, String payload) {
    return "d" + two(k) + payload;
  }

  private static String two(int k) {
    return String.format(java.util.Locale.ROOT, "%02d", k);
  }

  /**
   * An assessment built by hand (through the internal result factories, as a test double) in which every
   * text a report shows, generated ones included (reason, rule, evidence row reason), is exactly one of
   * {@code payloads}: item {@code k} carries payload {@code k} everywhere, and fails with a gain so it also
   * appears in the remediation plan. The engine never starts a reason with data, so only a double lets the
   * CSV writer's test put a formula at the start of every cell; everything else uses {@link #payloads}.
   */
  static Assessment handBuiltPayloads(List<String> payloads) {
    List<Category> categories = new ArrayList<>();
    List<IncidentCase> cases = new ArrayList<>();
    List<SourceRef> lessons = new ArrayList<>();
    List<SourceRef> measures = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<ItemResult> results = new ArrayList<>();
    List<CategoryResult> categoryResults = new ArrayList<>();
    List<DatasetReport> datasets = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int k = 0; k < payloads.size(); k++) {
      String p = payloads.get(k);
      Text t = Text.of(p, p);
      String n = String.format(java.util.Locale.ROOT, "%02d", k);
      // Ids carry the payload too, behind a unique prefix: they land in attributes (id, href).
      String id = "P" + n + p;
      if (k < 3) {
        Category category = new Category("c" + n + p, t, t, 1);
        categories.add(category);
        categoryResults.add(Results.categoryResult(category, 25.0 * k, 25.0 * k, payloads.size(), payloads.size(), 0));
      }
      cases.add(new IncidentCase("case-" + n + p, t));
      lessons.add(new SourceRef("L" + n + p, "case-" + n + p, t));
      measures.add(new SourceRef("M" + n + p, "case-" + n + p, t));
      Item item = new Item(id, categories.get(0).id(), t, t, t, t, List.of("L" + n + p), List.of("M" + n + p),
          Map.of(p, List.of(p)), Severity.values()[k % 4], 1 + k % 3, List.of(), new Check(Optional.empty(), true,
              false));
      items.add(item);
      RowRef row = Results.rowRef(p, p, k + 2, p, Outcome.FAIL, t);
      Evidence evidence = Results.evidence(p, true, 3, 1, 1, 0, 1, List.of(row), List.of(t));
      Answer answer = Results.answer(id, Answer.Value.YES, p, p, Optional.of(AS_OF), k % 2 == 0, p, k + 2);
      results.add(Results.itemResult(item, k % 5 == 0 ? Outcome.CONTRADICTED : Outcome.FAIL, 0, 10 + k, Basis.DATA,
          Outcome.FAIL, evidence, Optional.of(answer), t, t));
      datasets.add(Results.datasetReport(p, DatasetReport.Status.INVALID_CELLS, List.of(p), 3, List.of(p)));
      issues.add(new Issue(p, k + 1, 1, p, t));
    }
    String first = payloads.get(0);
    Checklist checklist = checklist(first, cases, lessons, measures, categories, List.of(), items);
    return Results.assessment(checklist, AS_OF, ScoringModel.DEFAULT, 12.5, 12.5, Coverage.of(2, 1, 1),
        categoryResults, results, datasets, issues, Optional.empty(), WaiverReport.NONE);
  }

  /**
   * {@link #handBuiltPayloads} with a profile and waivers built by hand, every text of which is a payload too: the
   * profile's id, title, file and chain are payload 0; change {@code k} sets a parameter of item {@code k},
   * named, from and to payload {@code k}, with it as reason, profile and file; item {@code k} is also listed
   * as not selected by change {@code k}, and its row keyed payload {@code k} is waived with it as
   * justification, approver and file.
   */
  static Assessment handBuiltTailoredPayloads(List<String> payloads) {
    Assessment a = handBuiltPayloads(payloads);
    List<ProfileChange> changes = new ArrayList<>();
    List<Tailoring.NotSelected> notSelected = new ArrayList<>();
    List<WaiverReport.Entry> waivers = new ArrayList<>();
    for (int k = 0; k < payloads.size(); k++) {
      String p = payloads.get(k);
      Text t = Text.of(p, p);
      Item item = a.checklist().items().get(k);
      Location at = new Location(p, k + 1, 1, "changes[" + k + "]");
      ProfileChange change = new ProfileChange(p, ProfileChange.Kind.SET_PARAMETER, item.id(), p, Optional.of(p),
          Optional.of(p), t, at);
      changes.add(change);
      notSelected.add(new Tailoring.NotSelected(item, change));
      Waiver waiver = new Waiver(item.id(), List.of(p), t, p, AS_OF, true, at);
      waivers.add(Results.waiverEntry(waiver, WaiverReport.Status.ROWS_WAIVED, Outcome.FAIL, Outcome.PASS, 1));
    }
    String first = payloads.get(0);
    Profile profile = new Profile(first, Text.of(first, first), Text.of(first, first), first, first, List.of(first),
        changes);
    Tailoring tailoring = new Tailoring(profile, a.checklist(), changes, notSelected);
    return Results.assessment(a.checklist(), a.asOf(), a.scoringModel(), a.score(), 50, a.coverage(), a.categories(),
        a.items(), a.datasets(), a.dataIssues(), Optional.of(tailoring), Results.waiverReport(first, waivers));
  }

  /** {@code writer}'s output for {@code a} in {@code lang}. */
  static String render(ReportWriter writer, Assessment a, Lang lang) {
    StringWriter out = new StringWriter();
    try {
      writer.write(a, lang, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The lines of a test resource, each unescaped ({@code \\t \\r \\n \\\\ \\uXXXX}); blank and # lines skipped. */
  static List<String> corpus(String name) {
    List<String> payloads = new ArrayList<>();
    for (String line : resource(name).split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      payloads.add(unescape(line));
    }
    return payloads;
  }

  static String resource(String name) {
    try (InputStream in = ReportSamples.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'n' -> sb.append('\n');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  private static Map<String, String> row(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
  /** A checklist whose id, version, title and description are {@code first}. */
  private static Checklist checklist(String first, List<IncidentCase> cases, List<SourceRef> lessons,
      List<SourceRef> measures, List<Category> categories, List<DatasetSchema> datasets, List<Item> items) {
    Checklist.Builder b = Checklist.builder(first, first).title(Text.of(first, first))
        .description(Text.of(first, first));
    cases.forEach(b::incidentCase);
    lessons.forEach(b::lesson);
    measures.forEach(b::measure);
    categories.forEach(b::category);
    datasets.forEach(b::dataset);
    items.forEach(b::item);
    return b.build();
  }
}
