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

  /**
   * A builder of a rule over a dataset: every row applies and must pass unless told otherwise, and a dataset
   * with no applicable row makes the item UNKNOWN.
   *
   * @param dataset the dataset id
   * @return the builder
   */
  public static Builder builder(String dataset) {
    return new Builder(requireNonNull(dataset, "dataset"));
  }

  /** Collects a rule's parts; not thread-safe. */
  public static final class Builder {
    private final String dataset;
    private Optional<Predicate> where = Optional.empty();
    private Optional<Predicate> require = Optional.empty();
    private Expectation expect = Expectation.all();
    private WhenEmpty whenEmpty = WhenEmpty.UNKNOWN;
    private Text explain = Text.EMPTY;

    private Builder(String dataset) {
      this.dataset = dataset;
    }

    /**
     * Which rows the rule applies to.
     *
     * @param where the row test; every row when not set
     * @return this builder
     */
    public Builder where(Predicate where) {
      this.where = Optional.of(requireNonNull(where, "where"));
      return this;
    }

    /**
     * What each applicable row must satisfy.
     *
     * @param require the row test
     * @return this builder
     */
    public Builder require(Predicate require) {
      this.require = Optional.of(requireNonNull(require, "require"));
      return this;
    }

    /**
     * How the rows aggregate.
     *
     * @param expect the expectation; {@link Expectation#all()} when not set
     * @return this builder
     */
    public Builder expect(Expectation expect) {
      this.expect = requireNonNull(expect, "expect");
      return this;
    }

    /**
     * What the rule concludes when no row applies.
     *
     * @param whenEmpty the conclusion; {@link WhenEmpty#UNKNOWN} when not set
     * @return this builder
     */
    public Builder whenEmpty(WhenEmpty whenEmpty) {
      this.whenEmpty = requireNonNull(whenEmpty, "whenEmpty");
      return this;
    }

    /**
     * The rule in plain words.
     *
     * @param explain the explanation
     * @return this builder
     */
    public Builder explain(Text explain) {
      this.explain = requireNonNull(explain, "explain");
      return this;
    }

    /**
     * The rule. Its consistency with the dataset (columns, types) is checked when the checklist is compiled.
     *
     * @return the rule
     */
    public DataRule build() {
      return new DataRule(dataset, where, require, expect, whenEmpty, explain);
    }
  }
}
