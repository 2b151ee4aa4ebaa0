package dev.kizuki;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A rule over one dataset: which rows it applies to ({@code where}, every row when absent), what each must
 * satisfy ({@code require}), when the rows pass ({@code expect}) and what they score when they do not
 * ({@code aggregation}, with {@code aggregationReason} saying why an item takes {@link Aggregation#SHARE}:
 * required in both languages then, possibly empty otherwise). {@code explain} is the rule in plain words,
 * possibly empty. Immutable; structural consistency (for example NONE takes no require) is checked when the
 * checklist is compiled.
 */
public record DataRule(
    String dataset,
    Optional<Predicate> where,
    Optional<Predicate> require,
    Expectation expect,
    WhenEmpty whenEmpty,
    Text explain,
    Aggregation aggregation,
    Text aggregationReason) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param dataset as {@link #dataset()}
   * @param where as {@link #where()}
   * @param require as {@link #require()}
   * @param expect as {@link #expect()}
   * @param whenEmpty as {@link #whenEmpty()}
   * @param explain as {@link #explain()}
   * @param aggregation as {@link #aggregation()}
   * @param aggregationReason as {@link #aggregationReason()}
   * @throws IllegalArgumentException if a {@link Aggregation#SHARE} rule lacks its reason in a language
   */
  public DataRule {
    requireNonNull(dataset, "dataset");
    requireNonNull(where, "where");
    requireNonNull(require, "require");
    requireNonNull(expect, "expect");
    requireNonNull(whenEmpty, "whenEmpty");
    requireNonNull(explain, "explain");
    requireNonNull(aggregation, "aggregation");
    requireNonNull(aggregationReason, "aggregationReason");
    if (aggregation == Aggregation.SHARE && (aggregationReason.ja().isBlank() || aggregationReason.en().isBlank())) {
      throw new IllegalArgumentException(
          "rule over " + dataset + ": partial credit needs a reason in Japanese and English, was " + aggregationReason);
    }
  }

  /**
   * A rule whose rows aggregate {@link Aggregation#BY_SEVERITY}.
   *
   * @param dataset as {@link #dataset()}
   * @param where as {@link #where()}
   * @param require as {@link #require()}
   * @param expect as {@link #expect()}
   * @param whenEmpty as {@link #whenEmpty()}
   * @param explain as {@link #explain()}
   */
  public DataRule(String dataset, Optional<Predicate> where, Optional<Predicate> require, Expectation expect,
      WhenEmpty whenEmpty, Text explain) {
    this(dataset, where, require, expect, whenEmpty, explain, Aggregation.BY_SEVERITY, Text.EMPTY);
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
    private Aggregation aggregation = Aggregation.BY_SEVERITY;
    private Text aggregationReason = Text.EMPTY;

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
     * Opts into partial credit ({@link Aggregation#SHARE}), saying why a share of the rows is worth something.
     *
     * @param reason why, in both languages
     * @return this builder
     */
    public Builder partialCredit(Text reason) {
      this.aggregation = Aggregation.SHARE;
      this.aggregationReason = requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Opts out of partial credit ({@link Aggregation#ALL_OR_NOTHING}), for an item whose severity would give it.
     *
     * @return this builder
     */
    public Builder noPartialCredit() {
      this.aggregation = Aggregation.ALL_OR_NOTHING;
      this.aggregationReason = Text.EMPTY;
      return this;
    }

    /**
     * The rule. Its consistency with the dataset (columns, types) is checked when the checklist is compiled.
     *
     * @return the rule
     * @throws IllegalArgumentException if partial credit was given a reason missing a language
     */
    public DataRule build() {
      return new DataRule(dataset, where, require, expect, whenEmpty, explain, aggregation, aggregationReason);
    }
  }
}
