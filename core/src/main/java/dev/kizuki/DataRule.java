package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A rule over one dataset: which rows it applies to ({@code where}, every row when absent), what each must
 * satisfy ({@code require}), and how the rows aggregate ({@code expect}). {@code explain} is the rule in
 * plain words, possibly empty. Immutable; structural consistency (for example NONE takes no require) is
 * checked when the checklist is compiled.
 */
public record DataRule(
    String dataset,
    Optional<Predicate> where,
    Optional<Predicate> require,
    Expectation expect,
    WhenEmpty whenEmpty,
    Text explain) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param dataset as {@link #dataset()}
   * @param where as {@link #where()}
   * @param require as {@link #require()}
   * @param expect as {@link #expect()}
   * @param whenEmpty as {@link #whenEmpty()}
   * @param explain as {@link #explain()}
   */
  public DataRule {
    requireNonNull(dataset, "dataset");
    requireNonNull(where, "where");
    requireNonNull(require, "require");
    requireNonNull(expect, "expect");
    requireNonNull(whenEmpty, "whenEmpty");
    requireNonNull(explain, "explain");
  }
}
