package dev.kizuki.internal.engine;

import dev.kizuki.Issue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one compiler step gives: its value, or null when its {@code issues} say why there is none. Immutable.
 *
 * @param <T> the step's value
 */
record Checked<T>(@Nullable T value, List<Issue> issues) {
  Checked {
    issues = List.copyOf(issues);
  }

  static <T> Checked<T> of(T value) {
    return new Checked<>(value, List.of());
  }

  static <T> Checked<T> failed(Issue issue) {
    return new Checked<>(null, List.of(issue));
  }
}
