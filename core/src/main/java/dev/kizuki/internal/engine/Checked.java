package dev.kizuki.internal.engine;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Issue;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a compile step gives: a value, or the issues that say why there is none, never both and never
 * neither. Steps chain with {@link #map} and {@link #then}, which pass a failure on untouched, so no caller
 * has a missing value to forget to guard. Immutable.
 *
 * @param <T> the step's value
 */
public final class Checked<T> {
  private final @Nullable T value;
  private final List<Issue> issues;

  private Checked(@Nullable T value, List<Issue> issues) {
    this.value = value;
    this.issues = issues;
  }

  /** A step that succeeded with {@code value}. */
  public static <T> Checked<T> of(T value) {
    return new Checked<>(requireNonNull(value, "value"), List.of());
  }

  /** A step that failed with {@code issue}. */
  public static <T> Checked<T> failed(Issue issue) {
    return new Checked<>(null, List.of(requireNonNull(issue, "issue")));
  }

  /**
   * A step that failed with {@code issues}.
   *
   * @throws IllegalArgumentException if there are none: a failure always says why
   */
  public static <T> Checked<T> failed(List<Issue> issues) {
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("a failed step needs at least one issue but had none");
    }
    return new Checked<>(null, List.copyOf(issues));
  }

  /** The value, or empty when the step failed. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Why the step failed; empty when it succeeded. */
  public List<Issue> issues() {
    return issues;
  }

  /** Whether the step succeeded. */
  public boolean ok() {
    return value != null;
  }

  /** The value passed through {@code f}, or this failure. */
  public <R> Checked<R> map(Function<? super T, ? extends R> f) {
    return value == null ? new Checked<>(null, issues) : of(f.apply(value));
  }

  /** The next step on the value, or this failure without running it. */
  public <R> Checked<R> then(Function<? super T, Checked<R>> f) {
    return value == null ? new Checked<>(null, issues) : f.apply(value);
  }
}
