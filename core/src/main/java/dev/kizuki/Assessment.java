package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of assessing one organization's data against a checklist: item outcomes with their
 * evidence, category and overall scores, coverage, and every data problem met on the way. Report writers
 * only render it.
 *
 * <p>{@code score} is 0 to 100 under {@code scoringModel}; {@code coverage} says how much of it rests on
 * data, on answers only, and on nothing. {@code datasets} lists every dataset of the checklist (and {@code
 * answers}) with what was read; {@code dataIssues} every problem found in the data, capped per file.
 *
 * <p>{@code score} is always the honest score, without waivers; {@code scoreWithWaivers} beside it leaves
 * out the waived items and the waived rows (see {@link WaiverReport}), and equals {@code score} when nothing
 * is waived, so a waiver can never quietly raise the score that is reported first. {@code tailoring} is the
 * profile the checklist was tailored with, if any: {@code checklist} is then the tailored checklist and
 * {@code items} only the selected items. Thread-safe.
 */
public record Assessment(
    Checklist checklist,
    LocalDate asOf,
    ScoringModel scoringModel,
    double score,
    double scoreWithWaivers,
    Coverage coverage,
    List<CategoryResult> categories,
    List<ItemResult> items,
    List<DatasetReport> datasets,
    List<Issue> dataIssues,
    Optional<Tailoring> tailoring,
    WaiverReport waivers) {

  public Assessment {
    requireNonNull(checklist, "checklist");
    requireNonNull(tailoring, "tailoring");
    requireNonNull(waivers, "waivers");
    requireNonNull(asOf, "asOf");
    requireNonNull(scoringModel, "scoringModel");
    requireNonNull(coverage, "coverage");
    categories = List.copyOf(categories);
    items = List.copyOf(items);
    datasets = List.copyOf(datasets);
    dataIssues = List.copyOf(dataIssues);
  }

  /** An assessment without profile or waivers: the score with waivers is the score. */
  public Assessment(Checklist checklist, LocalDate asOf, ScoringModel scoringModel, double score, Coverage coverage,
      List<CategoryResult> categories, List<ItemResult> items, List<DatasetReport> datasets, List<Issue> dataIssues) {
    this(checklist, asOf, scoringModel, score, score, coverage, categories, items, datasets, dataIssues,
        Optional.empty(), WaiverReport.NONE);
  }

  public Optional<ItemResult> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** How many items have {@code outcome}. */
  public long count(Outcome outcome) {
    return items.stream().filter(i -> i.outcome() == outcome).count();
  }
}
