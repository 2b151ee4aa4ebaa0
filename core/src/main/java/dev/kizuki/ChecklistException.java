package dev.kizuki;

import java.util.List;

/**
 * A checklist, or a profile or waiver file for one, that could not be loaded, applied or compiled, with every
 * problem found in it.
 */
public final class ChecklistException extends KizukiException {
  private static final long serialVersionUID = 1L;

  /** The kind of file the problems are in, so that a message can say "the profile has 2 problems". */
  public enum Kind {
    /** A checklist file. */
    CHECKLIST,
    /** A tailoring profile. */
    PROFILE,
    /** A waiver file. */
    WAIVERS
  }

  /** The kind of file the problems are in. */
  private final Kind kind;

  /**
   * Problems in a checklist.
   *
   * @param issues the problems, at least one
   */
  public ChecklistException(List<Issue> issues) {
    this(Kind.CHECKLIST, issues);
  }

  /**
   * Problems in a file of one kind.
   *
   * @param kind the kind of file
   * @param issues the problems, at least one
   */
  public ChecklistException(Kind kind, List<Issue> issues) {
    super(issues);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  /**
   * The kind of file the problems were found in.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
