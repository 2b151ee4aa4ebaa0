package dev.kizuki.internal.engine;

import java.util.HashSet;
import java.util.Set;

/**
 * The join keys of one dataset for one {@code exists} test: keys with a row that satisfies its condition,
 * and keys with a row whose result is unknown. Only keys are kept, never rows, so memory grows with the
 * number of distinct keys. {@code state} says whether the dataset was given, readable, and had rows or was declared complete.
 */
final class KeyIndex {
  enum State {
    MISSING,
    BROKEN,
    /** Given and read, but with no rows and not declared complete: a header alone proves no absence. */
    EMPTY,
    READY
  }

  State state = State.MISSING;
  final Set<String> matching = new HashSet<>();
  final Set<String> unknown = new HashSet<>();
  final Set<String> errors = new HashSet<>();

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

  int lookup(String key) {
    switch (state) {
      case MISSING:
      case EMPTY:
        return Tri.UNKNOWN;
      case BROKEN:
        return Tri.ERROR;
      default:
        break;
    }
    if (matching.contains(key)) {
      return Tri.TRUE;
    }
    if (errors.contains(key)) {
      return Tri.ERROR;
    }
    return unknown.contains(key) ? Tri.UNKNOWN : Tri.FALSE;
  }
}
