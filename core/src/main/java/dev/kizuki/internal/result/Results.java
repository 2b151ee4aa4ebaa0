package dev.kizuki.internal.result;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.Basis;
import dev.kizuki.Category;
import dev.kizuki.CategoryResult;
import dev.kizuki.Checklist;
import dev.kizuki.Coverage;
import dev.kizuki.DatasetReport;
import dev.kizuki.Declaration;
import dev.kizuki.Evidence;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.RowRef;
import dev.kizuki.ScoringModel;
import dev.kizuki.Tailoring;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.WaiverReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Builds the result types of {@code dev.kizuki}. Public only so that the engine in another package can reach
 * it; the package is not exported, so callers of the module cannot. The implementations are private records:
 * value semantics for free, and no caller can depend on their constructors, so a result can gain a part by
 * changing a factory here and adding an accessor to its interface.
 */
public final class Results {

  private Results() {}

  public static Assessment assessment(Checklist checklist, LocalDate asOf, ScoringModel scoringModel, double score,
      double scoreWithWaivers, Coverage coverage, List<CategoryResult> categories, List<ItemResult> items,
      List<DatasetReport> datasets, List<Issue> dataIssues, Optional<Tailoring> tailoring, WaiverReport waivers) {
    return new AssessmentRecord(checklist, asOf, scoringModel, score, scoreWithWaivers, coverage, categories, items,
        datasets, dataIssues, tailoring, waivers);
  }

  public static ItemResult itemResult(Item item, Outcome outcome, double score, double gain, Basis basis,
      Outcome dataOutcome, Evidence evidence, Optional<Answer> answer, Text reason, Text rule) {
    return new ItemResultRecord(item, outcome, score, gain, basis, dataOutcome, evidence, answer, reason, rule);
  }

  /** {@code result} with its gain set: the scorer knows gains only once every item is judged. */
  public static ItemResult withGain(ItemResult r, double gain) {
    return itemResult(r.item(), r.outcome(), r.score(), gain, r.basis(), r.dataOutcome(), r.evidence(), r.answer(),
        r.reason(), r.rule());
  }

  public static CategoryResult categoryResult(Category category, double score, double scoreWithWaivers, int items,
      int scored, int passing) {
    return new CategoryResultRecord(category, score, scoreWithWaivers, items, scored, passing);
  }

  public static Coverage coverage(double data, double answers, double none) {
    return new CoverageRecord(data, answers, none);
  }

  public static Evidence evidence(String dataset, boolean provided, long applicable, long passing, long failing,
      long unknown, long errors, List<RowRef> rows, List<Text> notes) {
    return evidence(dataset, provided, applicable, passing, failing, unknown, errors, rows, notes, Text.EMPTY);
  }

  public static Evidence evidence(String dataset, boolean provided, long applicable, long passing, long failing,
      long unknown, long errors, List<RowRef> rows, List<Text> notes, Text scope) {
    return new EvidenceRecord(dataset, provided, applicable, passing, failing, unknown, errors, rows, notes, scope);
  }

  public static RowRef rowRef(String dataset, String source, long line, String key, Outcome result, Text reason) {
    return new RowRefRecord(dataset, source, line, key, result, reason);
  }

  public static DatasetReport datasetReport(String dataset, DatasetReport.Status status, List<String> sources,
      long rows, List<String> encodings) {
    return datasetReport(dataset, status, sources, rows, encodings, Optional.empty());
  }

  public static DatasetReport datasetReport(String dataset, DatasetReport.Status status, List<String> sources,
      long rows, List<String> encodings, Optional<Declaration> declaration) {
    return new DatasetReportRecord(dataset, status, sources, rows, encodings, declaration);
  }

  public static WaiverReport waiverReport(String source, List<WaiverReport.Entry> entries) {
    return new WaiverReportRecord(source, entries);
  }

  public static WaiverReport.Entry waiverEntry(Waiver waiver, WaiverReport.Status status, Outcome outcome,
      Outcome outcomeWithWaiver, double scoreWithWaiver) {
    return new WaiverEntryRecord(waiver, status, outcome, outcomeWithWaiver, scoreWithWaiver);
  }

  public static Answer answer(String itemId, Answer.Value value, String evidence, String answeredBy,
      Optional<LocalDate> answeredOn, boolean stale, String source, long line) {
    return new AnswerRecord(itemId, value, evidence, answeredBy, answeredOn, stale, source, line);
  }

  private record AssessmentRecord(Checklist checklist, LocalDate asOf, ScoringModel scoringModel, double score,
      double scoreWithWaivers, Coverage coverage, List<CategoryResult> categories, List<ItemResult> items,
      List<DatasetReport> datasets, List<Issue> dataIssues, Optional<Tailoring> tailoring, WaiverReport waivers)
      implements Assessment {
    AssessmentRecord {
      requireNonNull(checklist, "checklist");
      requireNonNull(asOf, "asOf");
      requireNonNull(scoringModel, "scoringModel");
      requireNonNull(coverage, "coverage");
      requireNonNull(tailoring, "tailoring");
      requireNonNull(waivers, "waivers");
      categories = List.copyOf(categories);
      items = List.copyOf(items);
      datasets = List.copyOf(datasets);
      dataIssues = List.copyOf(dataIssues);
    }
  }

  private record ItemResultRecord(Item item, Outcome outcome, double score, double gain, Basis basis,
      Outcome dataOutcome, Evidence evidence, Optional<Answer> answer, Text reason, Text rule) implements ItemResult {
    ItemResultRecord {
      requireNonNull(item, "item");
      requireNonNull(outcome, "outcome");
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("item " + item.id() + ": score must be in [0, 1] but was " + score);
      }
      requireNonNull(basis, "basis");
      requireNonNull(dataOutcome, "dataOutcome");
      requireNonNull(evidence, "evidence");
      requireNonNull(answer, "answer");
      requireNonNull(reason, "reason");
      requireNonNull(rule, "rule");
    }
  }

  private record CategoryResultRecord(Category category, double score, double scoreWithWaivers, int items,
      int scored, int passing) implements CategoryResult {
    CategoryResultRecord {
      requireNonNull(category, "category");
    }
  }

  private record CoverageRecord(double data, double answers, double none) implements Coverage {}

  private record EvidenceRecord(String dataset, boolean provided, long applicable, long passing, long failing,
      long unknown, long errors, List<RowRef> rows, List<Text> notes, Text scope) implements Evidence {
    EvidenceRecord {
      requireNonNull(dataset, "dataset");
      requireNonNull(scope, "scope");
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  private record RowRefRecord(String dataset, String source, long line, String key, Outcome result, Text reason)
      implements RowRef {
    RowRefRecord {
      requireNonNull(dataset, "dataset");
      requireNonNull(source, "source");
      requireNonNull(key, "key");
      requireNonNull(result, "result");
      requireNonNull(reason, "reason");
    }
  }

  private record DatasetReportRecord(String dataset, DatasetReport.Status status, List<String> sources, long rows,
      List<String> encodings, Optional<Declaration> declaration) implements DatasetReport {
    DatasetReportRecord {
      requireNonNull(declaration, "declaration");
      requireNonNull(dataset, "dataset");
      requireNonNull(status, "status");
      sources = List.copyOf(sources);
      encodings = List.copyOf(encodings);
    }
  }

  private record WaiverReportRecord(String source, List<WaiverReport.Entry> entries) implements WaiverReport {
    WaiverReportRecord {
      requireNonNull(source, "source");
      entries = List.copyOf(entries);
    }
  }

  private record WaiverEntryRecord(Waiver waiver, WaiverReport.Status status, Outcome outcome,
      Outcome outcomeWithWaiver, double scoreWithWaiver) implements WaiverReport.Entry {
    WaiverEntryRecord {
      requireNonNull(waiver, "waiver");
      requireNonNull(status, "status");
      requireNonNull(outcome, "outcome");
      requireNonNull(outcomeWithWaiver, "outcomeWithWaiver");
    }
  }

  private record AnswerRecord(String itemId, Answer.Value value, String evidence, String answeredBy,
      Optional<LocalDate> answeredOn, boolean stale, String source, long line) implements Answer {
    AnswerRecord {
      requireNonNull(itemId, "itemId");
      requireNonNull(value, "value");
      requireNonNull(evidence, "evidence");
      requireNonNull(answeredBy, "answeredBy");
      requireNonNull(answeredOn, "answeredOn");
      requireNonNull(source, "source");
    }
  }
}
