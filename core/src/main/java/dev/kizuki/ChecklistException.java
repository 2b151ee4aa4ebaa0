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
    CHECKLIST,
    PROFILE,
    WAIVERS
  }

  private final Kind kind;

  public ChecklistException(List<Issue> issues) {
    this(Kind.CHECKLIST, issues);
  }

  public ChecklistException(Kind kind, List<Issue> issues) {
    super(issues);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  /** The kind of file the problems were found in. */
  public Kind kind() {
    return kind;
  }
}
