package dev.kizuki.internal.engine;

import dev.kizuki.RowRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One rule's running counts over part of a dataset, with the first {@code cap} rows that did not pass.
 * {@code seen} counts every row read; {@code excluded} the rows a not-applicable blank took out of the rule
 * (not among the applicable ones), with the names of the columns that did it. {@link #merge} is associative
 * and commutative: counts add, column names unite, and the evidence kept is always the {@code cap} earliest
 * rows (by part, then line) of the union. For an {@code at_least … distinct} rule it also keeps the different
 * values of the passing rows (a set: they unite too) and how many passing rows had no value to count.
 * Mutable; confined to one thread.
 */
final class Tally {
  /** A kept evidence row with the ordinal of its part, for ordering across parts. */
  record Kept(int part, RowRef ref) {}

  private static final Comparator<Kept> ORDER =
      Comparator.comparingInt(Kept::part).thenComparingLong(k -> k.ref().line());

  final int cap;
  long seen;
  long excluded;
  Set<String> excludedBy = new TreeSet<>();
  long applicable;
  long passing;
  long failing;
  long unknown;
  long errors;
  /** The different values of the distinct column among passing rows, shown in their compared form. */
  Set<String> distinct = new TreeSet<>();
  /** Passing rows whose distinct column is blank or names nothing in its form: their value cannot be told. */
  long passingUncounted;
  List<Kept> rows = new ArrayList<>();

  Tally(int cap) {
    this.cap = cap;
  }

  /** Whether a row at this position would be kept; rows arrive in order within a part. */
  boolean wants() {
    return rows.size() < cap;
  }

  void keep(int part, RowRef ref) {
    if (rows.size() < cap) {
      rows.add(new Kept(part, ref));
    }
  }

  /** This tally plus {@code other}, as a new tally; neither is changed. */
  Tally merge(Tally other) {
    Tally t = new Tally(cap);
    t.seen = seen + other.seen;
    t.excluded = excluded + other.excluded;
    t.excludedBy.addAll(excludedBy);
    t.excludedBy.addAll(other.excludedBy);
    t.applicable = applicable + other.applicable;
    t.passing = passing + other.passing;
    t.failing = failing + other.failing;
    t.unknown = unknown + other.unknown;
    t.errors = errors + other.errors;
    t.distinct.addAll(distinct);
    t.distinct.addAll(other.distinct);
    t.passingUncounted = passingUncounted + other.passingUncounted;
    List<Kept> all = new ArrayList<>(rows.size() + other.rows.size());
    all.addAll(rows);
    all.addAll(other.rows);
    all.sort(ORDER);
    t.rows = new ArrayList<>(all.subList(0, Math.min(cap, all.size())));
    return t;
  }

  List<RowRef> refs() {
    return rows.stream().map(Kept::ref).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && t.seen == seen && t.excluded == excluded && t.excludedBy.equals(excludedBy)
        && t.applicable == applicable && t.passing == passing && t.failing == failing
        && t.unknown == unknown && t.errors == errors && t.distinct.equals(distinct)
        && t.passingUncounted == passingUncounted && t.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(seen, excluded, excludedBy, applicable, passing, failing, unknown, errors,
        distinct, passingUncounted, rows);
  }

  @Override
  public String toString() {
    return "Tally[seen=" + seen + ", excluded=" + excluded + " by " + excludedBy + ", applicable=" + applicable + ", passing=" + passing + ", failing=" + failing + ", unknown="
        + unknown + ", errors=" + errors + ", distinct=" + distinct + " +" + passingUncounted + ", rows=" + rows + "]";
  }
}
