package dev.kizuki.internal.report;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.CategoryResult;
import dev.kizuki.Checklist;
import dev.kizuki.DatasetReport;
import dev.kizuki.Evidence;
import dev.kizuki.IncidentCase;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The report model: an assessment seen in one language, as every human-readable report (text, Markdown,
 * HTML) shows it. Built once per language with {@link #of(Assessment, Lang)}; the writers only lay it out.
 *
 * <ul>
 *   <li><b>Rounding</b>: every number is formatted by {@link Numbers} (half-even, locale-free): the score,
 *       the score with waivers, category scores and gains with {@value Numbers#POINTS} decimals, shares
 *       (coverage, an item's score) as percentages with {@value Numbers#PERCENT}.
 *   <li><b>Ranking</b>: {@link #ranked(List)} is the one ranking rule, also used by the JSON and CSV writers
 *       for their plan: every item that is neither PASS nor NOT_APPLICABLE, by gain rounded as shown
 *       (highest first), then by severity (highest first), then in checklist order. Items with no gain stay
 *       in the plan: unmet is unmet, even where the scoring model gives it no points on its own.
 *   <li><b>Labels</b>: every status, severity, basis and interface text comes from {@link Label} in the
 *       view's language; texts from the checklist and the data are picked for the language.
 * </ul>
 *
 * <p>Only rendering decisions are made here; no rule is evaluated and no score recomputed. Immutable.
 */
public record ReportView(
    Lang lang,
    String title,
    String checklistId,
    String version,
    String asOf,
    String scoringModelId,
    String scoringModel,
    String score,
    List<Share> coverage,
    List<CategoryView> categories,
    List<OutcomeCount> outcomes,
    List<PlanEntry> plan,
    List<ItemView> items,
    List<DatasetView> datasets,
    List<String> dataIssues,
    Charts.Radar radar,
    Charts.Bars bars,
    TailoringView tailoring,
    List<ExclusionView> exclusions,
    List<DeclarationView> declarations) {

  /**
   * A share of the coverage: its label, the percentage as text, and where its segment sits on a bar {@link
   * #COVERAGE_BAR} units wide.
   */
  public record Share(String key, String label, String percent, String x, String width) {}

  /** The width of the coverage bar, in SVG units. */
  public static final int COVERAGE_BAR = 600;

  /** A category; {@code scoreWithWaivers} is empty when no waiver file was given. */
  public record CategoryView(String id, String title, String score, double value, int items, int scored, int passing,
      String scoreWithWaivers) {}

  public record OutcomeCount(String id, String label, long count) {}

  public record CaseView(String id, String title) {}

  public record RefView(String id, String title, String caseId) {}

  /**
   * One unmet item in the remediation plan, in {@link #ranked(List)} order; {@code waiver} is the item's
   * waiver note or empty, {@code evidence} null for an item without data. {@code needsEvidence} marks an
   * item that is unmet for lack of evidence (UNKNOWN, or resting on a stale answer): the plan asks for the
   * file or the answer ({@code ask}) before any advice on the control.
   */
  public record PlanEntry(
      int rank,
      String itemId,
      String title,
      String gain,
      String statusId,
      String status,
      String severity,
      String remediation,
      List<CaseView> cases,
      String reason,
      String waiver,
      @Nullable EvidenceView evidence,
      boolean needsEvidence,
      String ask) {}

  public record RowView(String source, long line, String key, String resultId, String result, String reason) {}

  public record EvidenceView(
      String dataset,
      String provided,
      long applicable,
      long passing,
      long failing,
      long unknown,
      long errors,
      List<RowView> rows,
      String rowsShown,
      List<String> notes) {}

  public record AnswerView(
      String valueId,
      String value,
      String evidence,
      String answeredBy,
      String answeredOn,
      boolean stale,
      String source,
      long line) {}

  public record ItemView(
      String id,
      String categoryId,
      String category,
      String title,
      String question,
      String statusId,
      String status,
      String score,
      String weight,
      String gain,
      String severityId,
      String severity,
      String basis,
      String dataStatusId,
      String dataStatus,
      List<RefView> lessons,
      List<RefView> measures,
      List<CaseView> cases,
      String rule,
      String reason,
      String remediation,
      @Nullable EvidenceView evidence,
      @Nullable AnswerView answer,
      boolean contradicted,
      String waiver) {}

  /** A dataset; {@code declaration} is its declaration of completeness in words, or empty. */
  public record DatasetView(String id, String statusId, String status, String sources, long rows, String encodings,
      String declaration) {}

  /**
   * One reason items came out NOT_APPLICABLE ({@link Exclusions}): the sentence, the items, and for data the
   * dataset, the scope in plain words and the rows looked at.
   */
  public record ExclusionView(String summary, List<String> items, String dataset, String scope, long rows) {}

  /** A declaration that a dataset is complete: who, when, on what it rests, where it was written. */
  public record DeclarationView(String dataset, String declaredBy, String declaredOn, String note, String where,
      String summary) {}

  /** The plan's items that need the control fixed, in plan order. */
  public List<PlanEntry> fixPlan() {
    return plan.stream().filter(p -> !p.needsEvidence()).toList();
  }

  /** The plan's items that need evidence first (a file or an answer), in plan order. */
  public List<PlanEntry> evidencePlan() {
    return plan.stream().filter(PlanEntry::needsEvidence).toList();
  }

  /** The fixed interface text {@code label} in this view's language. */
  public String t(Label label) {
    return label.get(lang);
  }

  /** The view of {@code a} in {@code lang}. */
  public static ReportView of(Assessment a, Lang lang) {
    Checklist c = a.checklist();
    double data = a.coverage().data();
    double answers = a.coverage().answers();
    List<Share> coverage = List.of(
        share("data", Label.COVERAGE_DATA, 0, data, lang),
        share("answers", Label.COVERAGE_ANSWERS, data, answers, lang),
        share("none", Label.COVERAGE_NONE, data + answers, a.coverage().none(), lang));
    List<CategoryView> categories = new ArrayList<>();
    for (CategoryResult r : a.categories()) {
      categories.add(new CategoryView(r.category().id(), r.category().title().get(lang), Numbers.points(r.score()),
          r.score(), r.items(), r.scored(), r.passing(),
          a.waivers().given() ? Numbers.points(r.scoreWithWaivers()) : ""));
    }
    List<OutcomeCount> outcomes = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      outcomes.add(new OutcomeCount(o.id(), Label.of(o).get(lang), a.count(o)));
    }
    List<ItemView> items = new ArrayList<>();
    for (ItemResult r : a.items()) {
      items.add(item(c, r, lang, TailoringView.itemNote(a, r.id(), lang)));
    }
    List<DatasetView> datasets = new ArrayList<>();
    List<DeclarationView> declarations = new ArrayList<>();
    for (DatasetReport d : a.datasets()) {
      String declared = d.declaration().map(x -> declared(x).get(lang)).orElse("");
      datasets.add(new DatasetView(d.dataset(), d.status().id(), Label.of(d.status()).get(lang),
          String.join(", ", d.sources()), d.rows(), String.join(", ", d.encodings()), declared));
      d.declaration().ifPresent(x -> declarations.add(new DeclarationView(x.dataset(), x.declaredBy(),
          x.declaredOn().toString(), x.note(), x.location().format(), declared)));
    }
    List<ExclusionView> exclusions = new ArrayList<>();
    for (Exclusions.Group g : Exclusions.of(a)) {
      exclusions.add(new ExclusionView(g.summary().get(lang), g.itemIds(), g.dataset(), g.scope().get(lang),
          g.rows()));
    }
    List<String> issues = a.dataIssues().stream().map(i -> i.format(lang)).toList();
    return new ReportView(
        lang,
        c.title().get(lang),
        c.id(),
        c.version(),
        a.asOf().toString(),
        a.scoringModel().id(),
        Label.of(a.scoringModel()).get(lang),
        Numbers.points(a.score()),
        coverage,
        List.copyOf(categories),
        List.copyOf(outcomes),
        plan(a, lang),
        List.copyOf(items),
        List.copyOf(datasets),
        issues,
        Charts.radar(categories),
        Charts.bars(outcomes),
        TailoringView.of(a, lang),
        List.copyOf(exclusions),
        List.copyOf(declarations));
  }

  /** A declaration in one sentence per language, with its note and where it was written. */
  public static Text declared(dev.kizuki.Declaration d) {
    String noteJa = d.note().isEmpty() ? "" : "（" + d.note() + "）";
    String noteEn = d.note().isEmpty() ? "" : " (" + d.note() + ")";
    String at = d.location().format();
    return Text.of(d.dataset() + ": " + d.declaredBy() + " が " + d.declaredOn() + " にすべての行であると宣言" + noteJa
            + " — " + at,
        d.dataset() + ": declared complete by " + d.declaredBy() + " on " + d.declaredOn() + noteEn + " — " + at);
  }

  /**
   * The one ranking rule of every report: the items that are neither PASS nor NOT_APPLICABLE, by gain rounded
   * to {@value Numbers#POINTS} decimals as every report shows it (highest first, so that equal shown gains
   * never look out of order), then by severity (highest first), then in the order of {@code results}
   * (checklist order).
   */
  public static List<ItemResult> ranked(List<ItemResult> results) {
    List<ItemResult> unmet = new ArrayList<>();
    for (ItemResult r : results) {
      if (r.outcome() != Outcome.PASS && r.outcome() != Outcome.NOT_APPLICABLE) {
        unmet.add(r);
      }
    }
    // List.sort is stable: equal keys keep checklist order.
    unmet.sort(Comparator.comparing((ItemResult r) -> Numbers.round(r.gain(), Numbers.POINTS)).reversed()
        .thenComparing(r -> r.item().severity(), Comparator.reverseOrder()));
    return List.copyOf(unmet);
  }

  private static List<PlanEntry> plan(Assessment a, Lang lang) {
    Checklist c = a.checklist();
    List<PlanEntry> plan = new ArrayList<>();
    for (ItemResult r : ranked(a.items())) {
      plan.add(new PlanEntry(plan.size() + 1, r.id(), r.item().title().get(lang), Numbers.points(r.gain()),
          r.outcome().id(), Label.of(r.outcome()).get(lang), Label.of(r.item().severity()).get(lang),
          r.item().remediation().get(lang), cases(c, r.item(), lang), r.reason().get(lang),
          TailoringView.itemNote(a, r.id(), lang), evidence(r.evidence(), lang), needsEvidence(r), ask(r, lang)));
    }
    return List.copyOf(plan);
  }

  /** Unmet for want of evidence rather than by what the evidence shows. */
  private static boolean needsEvidence(ItemResult r) {
    boolean staleAnswer = r.basis() == dev.kizuki.Basis.ANSWER && r.answer().map(Answer::stale).orElse(false);
    return r.outcome() == Outcome.UNKNOWN || staleAnswer;
  }

  /** What to bring for an item that {@link #needsEvidence needs evidence}; empty for the others. */
  private static String ask(ItemResult r, Lang lang) {
    if (!needsEvidence(r)) {
      return "";
    }
    if (r.answer().map(Answer::stale).orElse(false)) {
      return Label.RENEW_ANSWER.get(lang);
    }
    Evidence e = r.evidence();
    if (!e.dataset().isEmpty() && !e.provided()) {
      return Label.SUPPLY_OR_ANSWER.format(lang, e.dataset() + ".csv");
    }
    return Label.ANSWER_QUESTION.format(lang, r.item().question().get(lang));
  }

  /** The incident cases an item traces to through its lessons and measures, each once, in that order. */
  static List<CaseView> cases(Checklist c, Item item, Lang lang) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : item.lessons()) {
      c.lesson(id).map(SourceRef::caseId).filter(s -> !s.isEmpty()).ifPresent(ids::add);
    }
    for (String id : item.measures()) {
      c.measure(id).map(SourceRef::caseId).filter(s -> !s.isEmpty()).ifPresent(ids::add);
    }
    List<CaseView> cases = new ArrayList<>();
    for (String id : ids) {
      cases.add(new CaseView(id, c.incidentCase(id).map(IncidentCase::title).orElse(Text.EMPTY).get(lang)));
    }
    return List.copyOf(cases);
  }

  private static ItemView item(Checklist c, ItemResult r, Lang lang, String waiver) {
    Item item = r.item();
    List<RefView> lessons = new ArrayList<>();
    for (String id : item.lessons()) {
      lessons.add(ref(id, c.lesson(id), lang));
    }
    List<RefView> measures = new ArrayList<>();
    for (String id : item.measures()) {
      measures.add(ref(id, c.measure(id), lang));
    }
    String category = c.category(item.category()).map(k -> k.title().get(lang)).orElse(item.category());
    return new ItemView(
        item.id(),
        item.category(),
        category,
        item.title().get(lang),
        item.question().get(lang),
        r.outcome().id(),
        Label.of(r.outcome()).get(lang),
        Numbers.percent(r.score()),
        Numbers.fixed(item.weight(), Numbers.POINTS),
        Numbers.points(r.gain()),
        item.severity().id(),
        Label.of(item.severity()).get(lang),
        Label.of(r.basis()).get(lang),
        r.dataOutcome().id(),
        Label.of(r.dataOutcome()).get(lang),
        List.copyOf(lessons),
        List.copyOf(measures),
        cases(c, item, lang),
        r.rule().get(lang),
        r.reason().get(lang),
        item.remediation().get(lang),
        evidence(r.evidence(), lang),
        r.answer().map(ans -> answer(ans, lang)).orElse(null),
        r.outcome() == Outcome.CONTRADICTED,
        waiver);
  }

  private static RefView ref(String id, Optional<SourceRef> ref, Lang lang) {
    return new RefView(id, ref.map(s -> s.title().get(lang)).orElse(""), ref.map(SourceRef::caseId).orElse(""));
  }

  private static @Nullable EvidenceView evidence(Evidence e, Lang lang) {
    if (e.dataset().isEmpty()) {
      return null;
    }
    List<RowView> rows = new ArrayList<>();
    for (RowRef ref : e.rows()) {
      rows.add(new RowView(ref.source(), ref.line(), ref.key(), ref.result().id(), Label.of(ref.result()).get(lang),
          ref.reason().get(lang)));
    }
    long notPassing = e.failing() + e.unknown() + e.errors();
    String shown = rows.size() < notPassing ? Label.ROWS_SHOWN.format(lang, rows.size()) : "";
    return new EvidenceView(e.dataset(), (e.provided() ? Label.YES : Label.NO).get(lang), e.applicable(),
        e.passing(), e.failing(), e.unknown(), e.errors(), List.copyOf(rows), shown,
        e.notes().stream().map(t -> t.get(lang)).toList());
  }

  private static AnswerView answer(Answer a, Lang lang) {
    return new AnswerView(a.value().id(), Label.of(a.value()).get(lang), a.evidence(), a.answeredBy(),
        a.answeredOn().map(Object::toString).orElse(Label.UNDATED.get(lang)), a.stale(), a.source(), a.line());
  }

  private static Share share(String key, Label label, double start, double fraction, Lang lang) {
    return new Share(key, label.get(lang), Numbers.percent(fraction), Charts.f(start * COVERAGE_BAR),
        Charts.f(fraction * COVERAGE_BAR));
  }
}
