package dev.kizuki;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad content found in one phase (loading a checklist, reading data), with every issue found in that phase.
 *
 * <p>The message is the issues in English, one a line; {@link #format(Lang)} gives them in either language.
 */
public abstract class KizukiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Issue> issues;

  /**
   * An exception holding issues.
   *
   * @param issues the issues, in the order found
   * @throws IllegalArgumentException if {@code issues} is empty
   */
  protected KizukiException(List<Issue> issues) {
    super(render(List.copyOf(issues), Lang.EN));
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one issue");
    }
    this.issues = List.copyOf(issues);
  }

  /**
   * The issues.
   *
   * @return the issues, in the order they were found; never empty
   */
  public List<Issue> issues() {
    return issues;
  }

  /**
   * The issues in one language.
   *
   * @param lang the language
   * @return the issues in {@code lang}, one a line
   */
  public String format(Lang lang) {
    return render(issues, lang);
  }

  private static String render(List<Issue> issues, Lang lang) {
    return issues.stream().map(i -> i.format(lang)).collect(Collectors.joining("\n"));
  }
}
