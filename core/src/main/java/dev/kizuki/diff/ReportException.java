package dev.kizuki.diff;

import dev.kizuki.Issue;
import dev.kizuki.KizukiException;
import java.util.List;

/** A JSON report that cannot be read as {@code kizuki-report/1}, with every problem found in it. */
public final class ReportException extends KizukiException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception holding every problem found.
   *
   * @param issues the problems, each naming the report and where in it
   */
  public ReportException(List<Issue> issues) {
    super(issues);
  }
}
