package dev.kizuki.internal.engine;

/**
 * Three-valued logic plus an error value, as plain ints so that the hot path allocates nothing. UNKNOWN is a
 * blank cell (SQL's null); ERROR an invalid one.
 */
final class Tri {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;
  static final int ERROR = 3;

  private Tri() {}

  static int of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Kleene AND: a definite false decides; then error; then unknown. */
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
    return TRUE;
  }

  /** Kleene OR: a definite true decides; then error; then unknown. */
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
    return FALSE;
  }

  static int not(int a) {
    return a == TRUE ? FALSE : a == FALSE ? TRUE : a;
  }
}
