package dev.kizuki.internal.engine;

/**
 * Three-valued logic plus an error value and a "not applicable" value, as plain ints so that the hot path
 * allocates nothing. UNKNOWN is a blank cell (SQL's null); ERROR an invalid one; OUT a blank cell its schema
 * declares not applicable, which takes the row out of the rule. OUT is the weakest of the three: anything
 * that would decide the result without the cell still does, and an unknown beside it stays unknown (had the
 * unknown cell been filled in, the row might have failed rather than been left out).
 */
final class Tri {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;
  static final int ERROR = 3;
  static final int OUT = 4;

  private Tri() {}

  static int of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Kleene AND: a definite false decides; then error; then unknown; then out. */
  static int and(int a, int b) {
    if (a == FALSE || b == FALSE) {
      return FALSE;
    }
    if (a == ERROR || b == ERROR) {
      return ERROR;
    }
    if (a == UNKNOWN || b == UNKNOWN) {
      return UNKNOWN;
    }
    if (a == OUT || b == OUT) {
      return OUT;
    }
    return TRUE;
  }

  /** Kleene OR: a definite true decides; then error; then unknown; then out. */
  static int or(int a, int b) {
    if (a == TRUE || b == TRUE) {
      return TRUE;
    }
    if (a == ERROR || b == ERROR) {
      return ERROR;
    }
    if (a == UNKNOWN || b == UNKNOWN) {
      return UNKNOWN;
    }
    if (a == OUT || b == OUT) {
      return OUT;
    }
    return FALSE;
  }

  static int not(int a) {
    return a == TRUE ? FALSE : a == FALSE ? TRUE : a;
  }
}
