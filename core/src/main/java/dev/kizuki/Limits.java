package dev.kizuki;

/**
 * Caps that keep untrusted checklists and data from exhausting memory or CPU. Hitting a cap is a clear
 * error, never silent truncation. Immutable; {@link #defaults()} are safe for a server.
 *
 * @param maxChecklistChars largest checklist document, in characters
 * @param maxNestingDepth deepest nesting of maps and lists in a checklist
 * @param maxItems most items (and, separately, datasets and columns per dataset) in a checklist
 * @param maxRegexLength longest regex in a rule
 * @param maxEvalSteps the evaluation budget of one assessment: the most work, in steps, all regex matches
 *     together may take (a match over a cell of n characters costs (n + 1) × the size of the regex's compiled
 *     program), plus a ten-thousandth of it for each data row read, so the work is bounded by a multiple of
 *     the data's size whatever the checklist; once spent, every test that needs more work is ERROR and the
 *     rest of the assessment goes on
 * @param maxFieldChars longest CSV field
 * @param maxColumns most columns in a CSV header
 * @param maxFileBytes largest data file
 */
public record Limits(
    int maxChecklistChars,
    int maxNestingDepth,
    int maxItems,
    int maxRegexLength,
    long maxEvalSteps,
    int maxFieldChars,
    int maxColumns,
    long maxFileBytes) {

  private static final Limits DEFAULTS =
      new Limits(4 * 1024 * 1024, 64, 10_000, 256, 1_000_000_000L, 64 * 1024, 1_000, 16L * 1024 * 1024 * 1024);

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param maxChecklistChars as {@link #maxChecklistChars()}
   * @param maxNestingDepth as {@link #maxNestingDepth()}
   * @param maxItems as {@link #maxItems()}
   * @param maxRegexLength as {@link #maxRegexLength()}
   * @param maxEvalSteps as {@link #maxEvalSteps()}
   * @param maxFieldChars as {@link #maxFieldChars()}
   * @param maxColumns as {@link #maxColumns()}
   * @param maxFileBytes as {@link #maxFileBytes()}
   */
  public Limits {
    positive("maxChecklistChars", maxChecklistChars);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxItems", maxItems);
    positive("maxRegexLength", maxRegexLength);
    positive("maxEvalSteps", maxEvalSteps);
    positive("maxFieldChars", maxFieldChars);
    positive("maxColumns", maxColumns);
    positive("maxFileBytes", maxFileBytes);
  }

  /**
   * The default caps, safe for a server.
   *
   * @return the defaults
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another longest CSV field.
   *
   * @param value the new {@link #maxFieldChars()}, positive
   * @return the changed limits
   */
  public Limits withMaxFieldChars(int value) {
    return new Limits(maxChecklistChars, maxNestingDepth, maxItems, maxRegexLength, maxEvalSteps, value,
        maxColumns, maxFileBytes);
  }

  /**
   * These limits with another largest data file.
   *
   * @param value the new {@link #maxFileBytes()}, positive
   * @return the changed limits
   */
  public Limits withMaxFileBytes(long value) {
    return new Limits(maxChecklistChars, maxNestingDepth, maxItems, maxRegexLength, maxEvalSteps,
        maxFieldChars, maxColumns, value);
  }

  /**
   * These limits with another largest checklist document.
   *
   * @param value the new {@link #maxChecklistChars()}, positive
   * @return the changed limits
   */
  public Limits withMaxChecklistChars(int value) {
    return new Limits(value, maxNestingDepth, maxItems, maxRegexLength, maxEvalSteps, maxFieldChars,
        maxColumns, maxFileBytes);
  }

  /**
   * These limits with another evaluation budget.
   *
   * @param value the new {@link #maxEvalSteps()}, positive
   * @return the changed limits
   */
  public Limits withMaxEvalSteps(long value) {
    return new Limits(maxChecklistChars, maxNestingDepth, maxItems, maxRegexLength, value, maxFieldChars,
        maxColumns, maxFileBytes);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
  }
}
