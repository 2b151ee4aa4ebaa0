package dev.kizuki;

/**
 * Caps that keep untrusted checklists and data from exhausting memory or CPU. Hitting a cap is a clear
 * error, never silent truncation. Immutable; {@link #defaults()} are safe for a server.
 *
 * @param maxChecklistChars largest checklist document, in characters
 * @param maxNestingDepth deepest nesting of maps and lists in a checklist
 * @param maxItems most items (and, separately, datasets and columns per dataset) in a checklist
 * @param maxRegexLength longest regex in a rule
 * @param maxRegexSteps most character reads one regex match may make before it is abandoned as an error
 * @param maxFieldChars longest CSV field
 * @param maxColumns most columns in a CSV header
 * @param maxFileBytes largest data file
 */
public record Limits(
    int maxChecklistChars,
    int maxNestingDepth,
    int maxItems,
    int maxRegexLength,
    long maxRegexSteps,
    int maxFieldChars,
    int maxColumns,
    long maxFileBytes) {

  private static final Limits DEFAULTS =
      new Limits(4 * 1024 * 1024, 64, 10_000, 256, 100_000, 64 * 1024, 1_000, 16L * 1024 * 1024 * 1024);

  public Limits {
    positive("maxChecklistChars", maxChecklistChars);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxItems", maxItems);
    positive("maxRegexLength", maxRegexLength);
    positive("maxRegexSteps", maxRegexSteps);
    positive("maxFieldChars", maxFieldChars);
    positive("maxColumns", maxColumns);
    positive("maxFileBytes", maxFileBytes);
  }

  public static Limits defaults() {
    return DEFAULTS;
  }

  public Limits withMaxFieldChars(int value) {
    return new Limits(maxChecklistChars, maxNestingDepth, maxItems, maxRegexLength, maxRegexSteps, value,
        maxColumns, maxFileBytes);
  }

  public Limits withMaxFileBytes(long value) {
    return new Limits(maxChecklistChars, maxNestingDepth, maxItems, maxRegexLength, maxRegexSteps,
        maxFieldChars, maxColumns, value);
  }

  public Limits withMaxChecklistChars(int value) {
    return new Limits(value, maxNestingDepth, maxItems, maxRegexLength, maxRegexSteps, maxFieldChars,
        maxColumns, maxFileBytes);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
