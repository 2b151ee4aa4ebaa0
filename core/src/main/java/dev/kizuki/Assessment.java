package dev.kizuki;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of assessing one organization's data against a checklist: item outcomes with their
 * evidence, category and overall scores, coverage, and every data problem met on the way. Report writers
 * only render it.
 *
 * <p>{@link #score()} is always the honest score, without waivers; {@link #scoreWithWaivers()} beside it
 * leaves out the waived items and the waived rows (see {@link WaiverReport}), and equals {@code score} when
 * nothing is waived, so a waiver can never quietly raise the score that is reported first.
 *
 * <p>Built by {@link CompiledChecklist} only; callers never construct one, so methods can be added without
 * breaking them (see {@code docs/api.md}). Not meant to be implemented outside kizuki. Immutable and
 * thread-safe; equal when all parts are equal.
 */
public interface Assessment {

  /**
   * The checklist assessed against.
   *
   * @return the checklist; when {@link #tailoring()} is present, the tailored checklist
   */
  Checklist checklist();

  /**
   * The date the assessment was made for.
   *
   * @return the "as of" date that freshness and expiry are judged against
   */
  LocalDate asOf();

  /**
   * How outcomes were turned into points.
   *
   * @return the scoring model
   */
  ScoringModel scoringModel();

  /**
   * The honest overall score, without waivers.
   *
   * @return 0 to 100 under {@link #scoringModel()}; 0 when no item is scored
   */
  double score();

  /**
   * The overall score with waived items and rows left out.
   *
   * @return 0 to 100; equal to {@link #score()} when nothing is waived
   */
  double scoreWithWaivers();

  /**
   * How much of the score rests on data, on answers only, and on nothing.
   *
   * @return the coverage shares
   */
  Coverage coverage();

  /**
   * The categories' scores, in checklist order.
   *
   * @return one result per category of the checklist
   */
  List<CategoryResult> categories();

  /**
   * The items' results, in checklist order.
   *
   * @return one result per (selected) item
   */
  List<ItemResult> items();

  /**
   * What was read per dataset.
   *
   * @return every dataset of the checklist (and {@code answers}) with what was read
   */
  List<DatasetReport> datasets();

  /**
   * Every problem found in the data, capped per file.
   *
   * @return the data issues, in file and line order
   */
  List<Issue> dataIssues();

  /**
   * The profile the checklist was tailored with.
   *
   * @return the tailoring, or empty when no profile was applied
   */
  Optional<Tailoring> tailoring();

  /**
   * What the waivers did.
   *
   * @return the waiver report; {@link WaiverReport#given()} is false when no waivers were given
   */
  WaiverReport waivers();

  /**
   * The result of one item.
   *
   * @param itemId the item's id
   * @return its result, or empty when the assessment has no such item
   */
  default Optional<ItemResult> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * How many items have an outcome.
   *
   * @param outcome the outcome to count
   * @return the number of items with {@code outcome}
   */
  default long count(Outcome outcome) {
    return items().stream().filter(i -> i.outcome() == outcome).count();
  }
}
