package dev.kizuki;

import java.util.List;

/**
 * A checklist, or a profile or waiver file for one, that could not be loaded, applied or compiled, with every
 * problem found in it.
 */
public final class ChecklistException extends KizukiException {
  private static final long serialVersionUID = 1L;

  public ChecklistException(List<Issue> issues) {
    super(issues);
  }
}
