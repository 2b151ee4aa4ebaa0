package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an item's data rule saw: row counts and the first rows that did not pass, capped so memory stays
 * bounded. {@link #NONE} for items without a data rule. Counts: {@code applicable} rows the rule applies to,
 * of which {@code passing}, {@code failing}, {@code unknown} (a needed cell blank) and {@code errors} (a
 * needed cell invalid). {@code rows} holds at most the evidence limit, in file and line order; {@code
 * notes} says why data was missing or could not be used. Immutable.
 */
public record Evidence(
    String dataset,
    boolean provided,
    long applicable,
    long passing,
    long failing,
    long unknown,
    long errors,
    List<RowRef> rows,
    List<Text> notes) {

  /** No data rule. */
  public static final Evidence NONE = new Evidence("", false, 0, 0, 0, 0, 0, List.of(), List.of());

  public Evidence {
    requireNonNull(dataset, "dataset");
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }
}
