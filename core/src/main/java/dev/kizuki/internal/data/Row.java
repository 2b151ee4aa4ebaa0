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
 *
 * <p>Rules read cells with {@link #read}, which gives a blank cell its column's declared {@link
 * dev.kizuki.BlankMeaning}: {@link #NEVER}, {@link #NOT_APPLICABLE}, the type's "nothing" (0, the empty text)
 * or null (unknown). {@link #value} stays the cell as written, for presence tests and join keys.
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

  /** How a rule reads a blank cell whose event never happened: before every date. Compare with {@code ==}. */
  public static final Object NEVER =
      new Object() {
        @Override
        public String toString() {
          return "<never>";
        }
      };

  /** How a rule reads a blank cell that does not apply to the row. Compare with {@code ==}. */
  public static final Object NOT_APPLICABLE =
      new Object() {
        @Override
        public String toString() {
          return "<not applicable>";
        }
      };

  private final String source;
  private final long line;
  private final String key;
  private final @Nullable Object[] values;
  /** Per column, what a blank cell reads as; shared by every row of one decoder, never changed. */
  private final @Nullable Object[] blanks;

  /** Takes ownership of {@code values}: the caller must not keep or change the array, nor {@code blanks}. */
  Row(String source, long line, String key, @Nullable Object[] values, @Nullable Object[] blanks) {
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.key = requireNonNull(key, "key");
    this.values = values;
    this.blanks = blanks;
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

  /**
   * The value of schema column {@code i} as rules read it: {@link #value}, or for a blank cell what its
   * column declares a blank to mean: null (unknown), {@link #NEVER}, {@link #NOT_APPLICABLE}, or the type's
   * "nothing" ({@code 0L}, {@code BigDecimal.ZERO}, the empty text).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not a column index
   */
  public @Nullable Object read(int i) {
    Object v = values[i];
    return v != null ? v : blanks[i];
  }

  /** Whether the cell of schema column {@code i} is blank and its column declares blanks not applicable. */
  public boolean notApplicable(int i) {
    return values[i] == null && blanks[i] == NOT_APPLICABLE;
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
