package dev.kizuki.report;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.CategoryResult;
import dev.kizuki.DatasetReport;
import dev.kizuki.Declaration;
import dev.kizuki.Evidence;
import dev.kizuki.Issue;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.ProfileChange;
import dev.kizuki.Tailoring;
import dev.kizuki.WaiverReport;
import dev.kizuki.RowRef;
import dev.kizuki.Text;
import dev.kizuki.internal.report.Exclusions;
import dev.kizuki.internal.report.JsonOutput;
import dev.kizuki.internal.report.Numbers;
import dev.kizuki.internal.report.ReportView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an assessment as the versioned JSON report {@code kizuki-report/1}: both languages of every text,
 * numbers rounded as in every report (points, such as the overall and category scores and gains, to 2
 * decimals; shares, item scores and weights to 4), the remediation plan in the order every report ranks it
 * ({@code plan}, item ids), keys in a fixed order and {@code \n} line ends, so the same assessment always
 * gives the same bytes. Immutable and thread-safe.
 *
 * <p>Compatibility: within {@code kizuki-report/1} fields are only ever added, never renamed or removed.
 */
final class JsonReportWriter implements ReportWriter {
  /** The value of the report's {@code format} field. */
  static final String FORMAT = JsonOutput.REPORT_FORMAT;


  /** Writes reports with the default settings. */
  JsonReportWriter() {}

  /** Writes the report (both languages; {@code lang} is ignored), ending with a newline. */
  @Override
  public void write(Assessment assessment, dev.kizuki.Lang lang, Writer out) throws IOException {
    write(assessment, out);
  }

  /**
   * Writes the report, ending with a newline; does not close {@code out}.
   *
   * @param assessment what to report
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  void write(Assessment assessment, Writer out) throws IOException {
    JsonOutput.write(toTree(assessment), out);
  }

  /**
   * The report as a string.
   *
   * @param assessment what to report
   * @return the report, ending with a newline
   */
  String toJson(Assessment assessment) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(assessment, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static ObjectNode toTree(Assessment a) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    ObjectNode checklist = root.putObject("checklist");
    checklist.put("id", a.checklist().id());
    checklist.put("version", a.checklist().version());
    checklist.set("title", text(a.checklist().title()));
    root.put("as_of", a.asOf().toString());
    root.put("scoring_model", a.scoringModel().id());
    root.put("score", Numbers.round(a.score(), Numbers.POINTS));
    root.put("score_with_waivers", Numbers.round(a.scoreWithWaivers(), Numbers.POINTS));
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("data", Numbers.round(a.coverage().data(), Numbers.SHARE));
    coverage.put("answers", Numbers.round(a.coverage().answers(), Numbers.SHARE));
    coverage.put("none", Numbers.round(a.coverage().none(), Numbers.SHARE));
    ObjectNode summary = root.putObject("summary");
    summary.put("items", a.items().size());
    for (Outcome o : Outcome.values()) {
      summary.put(o.id(), a.count(o));
    }
    ArrayNode plan = root.putArray("plan");
    for (ItemResult r : ReportView.ranked(a.items())) {
      plan.add(r.id());
    }
    ArrayNode categories = root.putArray("categories");
    for (CategoryResult c : a.categories()) {
      ObjectNode n = categories.addObject();
      n.put("id", c.category().id());
      n.set("title", text(c.category().title()));
      n.put("weight", Numbers.round(c.category().weight(), Numbers.SHARE));
      n.put("score", Numbers.round(c.score(), Numbers.POINTS));
      n.put("score_with_waivers", Numbers.round(c.scoreWithWaivers(), Numbers.POINTS));
      n.put("items", c.items());
      n.put("scored", c.scored());
      n.put("passing", c.passing());
    }
    ArrayNode items = root.putArray("items");
    for (ItemResult r : a.items()) {
      ObjectNode n = item(r);
      a.waivers().forItem(r.id()).ifPresent(e -> n.set("waiver", waiver(e)));
      items.add(n);
    }
    ArrayNode datasets = root.putArray("datasets");
    for (DatasetReport d : a.datasets()) {
      ObjectNode n = datasets.addObject();
      n.put("id", d.dataset());
      n.put("status", d.status().id());
      n.set("sources", strings(d.sources()));
      n.put("rows", d.rows());
      n.set("encodings", strings(d.encodings()));
      if (d.declaration().isPresent()) {
        n.set("declaration", declaration(d.declaration().get()));
      } else {
        n.putNull("declaration");
      }
    }
    ArrayNode declarations = root.putArray("declarations");
    a.datasets().forEach(d -> d.declaration().ifPresent(x -> declarations.add(declaration(x))));
    ArrayNode exclusions = root.putArray("exclusions");
    for (Exclusions.Group g : Exclusions.of(a)) {
      ObjectNode n = exclusions.addObject();
      n.put("basis", g.basis().id());
      n.put("dataset", g.dataset());
      n.set("scope", text(g.scope()));
      n.put("rows", g.rows());
      n.set("items", strings(g.itemIds()));
      n.set("summary", text(g.summary()));
    }
    ArrayNode issues = root.putArray("data_issues");
    for (Issue i : a.dataIssues()) {
      issues.add(issue(i));
    }
    a.tailoring().ifPresent(t -> root.set("profile", profile(t)));
    if (a.waivers().given()) {
      ObjectNode w = root.putObject("waivers");
      w.put("source", a.waivers().source());
      ArrayNode entries = w.putArray("entries");
      for (WaiverReport.Entry e : a.waivers().entries()) {
        entries.add(waiver(e).put("item", e.waiver().item()));
      }
    }
    return root;
  }

  private static ObjectNode profile(Tailoring t) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", t.profile().id());
    n.set("title", text(t.profile().title()));
    n.set("description", text(t.profile().description()));
    n.put("checklist", t.profile().checklist());
    n.put("source", t.profile().source());
    n.set("chain", strings(t.profile().chain()));
    ArrayNode changes = n.putArray("changes");
    for (ProfileChange c : t.changes()) {
      ObjectNode cn = changes.addObject();
      cn.put("profile", c.profile());
      cn.put("kind", c.kind().id());
      cn.put("target", c.target());
      cn.put("parameter", c.parameter());
      cn.set("value", scalar(c.value()));
      cn.set("previous", scalar(c.previous()));
      cn.set("reason", text(c.reason()));
      cn.put("source", c.location().source());
      cn.put("line", c.location().line());
      cn.put("path", c.location().path());
    }
    ArrayNode notSelected = n.putArray("not_selected");
    for (Tailoring.NotSelected ns : t.notSelected()) {
      ObjectNode x = notSelected.addObject();
      x.put("id", ns.item().id());
      x.put("category", ns.item().category());
      x.set("title", text(ns.item().title()));
      x.put("by", ns.because().kind().id());
      x.put("profile", ns.because().profile());
      x.set("reason", text(ns.because().reason()));
    }
    return n;
  }

  private static ObjectNode waiver(WaiverReport.Entry e) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("status", e.status().id());
    n.set("rows", strings(e.waiver().rows()));
    n.set("justification", text(e.waiver().justification()));
    n.put("approver", e.waiver().approver());
    n.put("expires", e.waiver().expires().toString());
    n.put("evaluate", e.waiver().evaluate());
    n.put("outcome", e.outcome().id());
    n.put("outcome_with_waiver", e.outcomeWithWaiver().id());
    n.put("score_with_waiver", Numbers.round(e.scoreWithWaiver(), Numbers.SHARE));
    n.put("source", e.waiver().location().source());
    n.put("line", e.waiver().location().line());
    return n;
  }

  private static tools.jackson.databind.JsonNode scalar(java.util.Optional<Object> value) {
    if (value.isEmpty()) {
      return JsonNodeFactory.instance.nullNode();
    }
    Object v = value.get();
    if (v instanceof Long l) {
      return JsonNodeFactory.instance.numberNode(l);
    }
    if (v instanceof Double d) {
      return JsonNodeFactory.instance.numberNode(Numbers.round(d, Numbers.SHARE));
    }
    if (v instanceof BigDecimal b) {
      return JsonNodeFactory.instance.numberNode(b);
    }
    if (v instanceof Boolean b) {
      return JsonNodeFactory.instance.booleanNode(b);
    }
    return JsonNodeFactory.instance.stringNode(v.toString());
  }

  private static ObjectNode item(ItemResult r) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", r.id());
    n.put("category", r.item().category());
    n.set("title", text(r.item().title()));
    n.put("severity", r.item().severity().id());
    n.put("weight", Numbers.round(r.item().weight(), Numbers.SHARE));
    n.set("lessons", strings(r.item().lessons()));
    n.set("measures", strings(r.item().measures()));
    ObjectNode mappings = n.putObject("mappings");
    for (Map.Entry<String, List<String>> m : r.item().mappings().entrySet()) {
      mappings.set(m.getKey(), strings(m.getValue()));
    }
    n.put("status", r.outcome().id());
    n.put("score", Numbers.round(r.score(), Numbers.SHARE));
    n.put("gain", Numbers.round(r.gain(), Numbers.POINTS));
    n.put("basis", r.basis().id());
    n.put("data_status", r.dataOutcome().id());
    n.set("reason", text(r.reason()));
    n.set("rule", text(r.rule()));
    n.set("evidence", evidence(r.evidence()));
    if (r.answer().isPresent()) {
      Answer ans = r.answer().get();
      ObjectNode an = n.putObject("answer");
      an.put("value", ans.value().id());
      an.put("evidence", ans.evidence());
      an.put("answered_by", ans.answeredBy());
      if (ans.answeredOn().isPresent()) {
        an.put("answered_on", ans.answeredOn().get().toString());
      } else {
        an.putNull("answered_on");
      }
      an.put("stale", ans.stale());
      an.put("source", ans.source());
      an.put("line", ans.line());
    } else {
      n.putNull("answer");
    }
    return n;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("dataset", e.dataset());
    n.put("provided", e.provided());
    n.put("applicable", e.applicable());
    n.put("passing", e.passing());
    n.put("failing", e.failing());
    n.put("unknown", e.unknown());
    n.put("errors", e.errors());
    ArrayNode rows = n.putArray("rows");
    for (RowRef ref : e.rows()) {
      ObjectNode row = rows.addObject();
      row.put("dataset", ref.dataset());
      row.put("source", ref.source());
      row.put("line", ref.line());
      row.put("key", ref.key());
      row.put("result", ref.result().id());
      row.set("reason", text(ref.reason()));
    }
    ArrayNode notes = n.putArray("notes");
    e.notes().forEach(t -> notes.add(text(t)));
    return n;
  }

  private static ObjectNode declaration(Declaration d) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("dataset", d.dataset());
    n.put("complete", true);
    n.put("declared_by", d.declaredBy());
    n.put("declared_on", d.declaredOn().toString());
    n.put("note", d.note());
    n.put("source", d.location().source());
    n.put("line", d.location().line());
    n.put("path", d.location().path());
    return n;
  }

  private static ObjectNode issue(Issue i) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("source", i.source());
    n.put("line", i.line());
    n.put("column", i.column());
    n.put("path", i.path());
    n.set("message", text(i.message()));
    return n;
  }

  private static ObjectNode text(Text t) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("ja", t.ja());
    n.put("en", t.en());
    return n;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode n = JsonNodeFactory.instance.arrayNode();
    values.forEach(n::add);
    return n;
  }
}
