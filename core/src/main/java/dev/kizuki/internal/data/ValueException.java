package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cell that is not a valid value of its column: what was expected, what was found and, when it helps, why.
 *
 * <p>Unchecked and without a stack trace, because a bad file may produce millions of them.
 */
public final class ValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Text expected;
  private final String found;
  private final @Nullable Text reason;

  ValueException(Text expected, String found, @Nullable Text reason) {
    super(null, null, false, false);
    this.expected = requireNonNull(expected, "expected");
    this.found = requireNonNull(found, "found");
    this.reason = reason;
  }

  /** What the column accepts, such as "a date (yyyy-MM-dd, …)". */
  public Text expected() {
    return expected;
  }

  /** The cell text as found (trimmed, not normalized, not truncated). */
  public String found() {
    return found;
  }

  /** Why the text was rejected beyond its shape, such as "no such day". */
  public Optional<Text> reason() {
    return Optional.ofNullable(reason);
  }

  /** The full message: "expected …, found "…" (reason)". */
  public Text text() {
    return DataMessages.invalidValue(expected, found, reason);
  }

  @Override
  public String getMessage() {
    return text().en();
  }
}
