package dev.kizuki.internal.engine;

import dev.kizuki.internal.data.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The join keys of one dataset for one {@code exists} test: keys with a row that satisfies its condition,
 * and keys with a row whose result is unknown. Only keys are kept, never rows, so memory grows with the
 * number of distinct keys. {@code state} says whether the dataset was given, readable, and had rows or was declared complete.
 *
 * <p>An exists whose condition reads the outer row cannot be decided while its dataset streams: for it the
 * index keeps, per key, a {@link Correlated.Kept} tuple of each row the outer-independent part did not rule
 * out, with only the cells the outer comparisons read, so memory grows with those rows.
 */
final class KeyIndex {
  enum State {
    MISSING,
    BROKEN,
    /** Given and read, but with no rows and not declared complete: a header alone proves no absence. */
    EMPTY,
    READY
  }

  /** No result from the state: the index was built and the key decides. */
  private static final int BUILT = -1;

  State state = State.MISSING;
  final Set<String> matching = new HashSet<>();
  final Set<String> unknown = new HashSet<>();
  final Set<String> errors = new HashSet<>();
  private final Map<String, List<Correlated.Kept>> kept = new HashMap<>();

  void add(String key, int result) {
    switch (result) {
      case Tri.TRUE -> matching.add(key);
      case Tri.UNKNOWN -> unknown.add(key);
      case Tri.ERROR -> errors.add(key);
      default -> {
        // a row that does not match adds nothing: absence already means "no match"
      }
    }
  }

  /** Keeps an inner row's tuple for lookups that need the outer row. */
  void keep(String key, Correlated.Kept row) {
    kept.computeIfAbsent(key, k -> new ArrayList<>(1)).add(row);
  }

  /** The tuples kept for {@code key}, in reading order. */
  List<Correlated.Kept> kept(String key) {
    return kept.getOrDefault(key, List.of());
  }

  int lookup(String key) {
    int s = fromState();
    if (s != BUILT) {
      return s;
    }
    if (matching.contains(key)) {
      return Tri.TRUE;
    }
    if (errors.contains(key)) {
      return Tri.ERROR;
    }
    return unknown.contains(key) ? Tri.UNKNOWN : Tri.FALSE;
  }

  /**
   * Whether a row kept for {@code key} satisfies {@code test} with {@code outer}: TRUE if one does, else
   * ERROR if one is invalid, else UNKNOWN if one is unknown, else FALSE; a tuple a not-applicable blank takes
   * out matches nothing. Each tuple compared costs one step of the evaluation budget, which bounds the work
   * of many outer rows on one key with many inner rows; once the budget is spent the lookup is ERROR.
   */
  int lookup(String key, Correlated.Test test, Row outer, EvalContext ctx) {
    int s = fromState();
    if (s != BUILT) {
      return s;
    }
    List<Correlated.Kept> rows = kept(key);
    if (rows.isEmpty()) {
      return Tri.FALSE;
    }
    if (!ctx.charge(rows.size())) {
      return Tri.ERROR;
    }
    int result = Tri.FALSE;
    for (Correlated.Kept k : rows) {
      result = Tri.or(result, pair(k, test, outer, ctx));
      if (result == Tri.TRUE) {
        return result;
      }
    }
    return result;
  }

  /** One kept tuple against the outer row; OUT, a not-applicable blank, is no match. */
  static int pair(Correlated.Kept k, Correlated.Test test, Row outer, EvalContext ctx) {
    int r = Tri.and(k.independent(), test.test(k.cells(), outer, ctx));
    return r == Tri.OUT ? Tri.FALSE : r;
  }

  private int fromState() {
    return switch (state) {
      case MISSING, EMPTY -> Tri.UNKNOWN;
      case BROKEN -> Tri.ERROR;
      case READY -> BUILT;
    };
  }
}
