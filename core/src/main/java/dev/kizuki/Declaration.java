package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A statement that a dataset holds every row there is: who made it, on which date, and why it can be
 * trusted ({@code note}). Given in a data folder's {@code kizuki-inputs.yaml} ({@code complete: true}) or
 * with {@link Inputs.Builder#declareComplete(String, String, LocalDate)}.
 *
 * <p>It matters only where a dataset has no rows: without a declaration, zero rows may be a template nobody
 * filled in, so a rule that passes on the absence of rows ({@code expect: none}, {@code when_empty: pass} or
 * {@code not_applicable}) is UNKNOWN; with one, the absence is taken as the declarer's word and the report
 * names them. Every report lists every declaration. Immutable.
 *
 * @param dataset the dataset declared complete
 * @param declaredBy who declared it (a person or a role), never blank
 * @param declaredOn the date of the declaration
 * @param note what the declaration rests on, such as the scan it comes from; empty when none was given
 * @param location where it was written ({@code kizuki-inputs.yaml} with line and column, or a label for
 *     a declaration made in code)
 */
public record Declaration(String dataset, String declaredBy, LocalDate declaredOn, String note, Location location) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param dataset as {@link #dataset()}
   * @param declaredBy as {@link #declaredBy()}
   * @param declaredOn as {@link #declaredOn()}
   * @param note as {@link #note()}
   * @param location as {@link #location()}
   * @throws IllegalArgumentException if {@code dataset} or {@code declaredBy} is blank
   */
  public Declaration {
    requireNonNull(dataset, "dataset");
    requireNonNull(declaredBy, "declaredBy");
    requireNonNull(declaredOn, "declaredOn");
    requireNonNull(note, "note");
    requireNonNull(location, "location");
    if (dataset.isBlank()) {
      throw new IllegalArgumentException("a declaration needs a dataset");
    }
    if (declaredBy.isBlank()) {
      throw new IllegalArgumentException("the declaration of " + dataset + " needs who made it (declaredBy)");
    }
  }
}
