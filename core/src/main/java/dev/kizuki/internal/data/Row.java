package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One typed data row, its values in the dataset schema's column order.
 *
 * <p>A value is {@code null} for a blank cell (or a column absent from the file), {@link #INVALID} for a cell
 * that could not be parsed (its issue is reported separately), or the typed value: {@code String}, {@code
 * Long}, {@code BigDecimal} (scale as written: compare with {@code compareTo}), {@code Boolean}, {@code
 * LocalDate}, or the canonical value {@code String} of an enum column. Immutable.
 */
public final class Row {

  /** The value of a cell that could not be parsed. Compare with {@code ==}. */
  public static final Object INVALID =
      new Object() {
        @Override
        public String toString() {
          return "<invalid>";
        }
      };

  private final String source;
  private final long line;
  private final String key;
  private final @Nullable Object[] values;

  /** Takes ownership of {@code values}: the caller must not keep or change the array. */
  Row(String source, long line, String key, @Nullable Object[] values) {
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.key = requireNonNull(key, "key");
    this.values = values;
  }

  /** The file name (or other source name) as shown to users. */
  public String source() {
    return source;
  }

  /** The 1-based physical line where the record starts (0 when the row did not come from a file). */
  public long line() {
    return line;
  }

  /** The trimmed raw text of the schema's key column, empty when blank; for evidence. */
  public String key() {
    return key;
  }

  /** The number of values, equal to the number of schema columns. */
  public int size() {
    return values.length;
  }

  /**
   * The value of schema column {@code i}: null when blank, {@link #INVALID} when unparseable, else typed.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not a column index
   */
  public @Nullable Object value(int i) {
    return values[i];
  }

  /** Whether the cell of schema column {@code i} could not be parsed. */
  public boolean isInvalid(int i) {
    return values[i] == INVALID;
  }

  /** An unmodifiable view of the values in schema column order. */
  public List<@Nullable Object> values() {
    return new AbstractList<>() {
      @Override
      public @Nullable Object get(int index) {
        return values[index];
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }

  @Override
  public String toString() {
    return source + ":" + line + " " + Arrays.toString(values);
  }
}
