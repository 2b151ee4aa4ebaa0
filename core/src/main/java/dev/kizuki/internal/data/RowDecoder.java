package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Column;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the cells of one record (text, in header order) into a typed {@link Row}, with the same rules for a
 * CSV file and for in-memory rows.
 *
 * <p>Header rules ({@link #forHeader}): names are trimmed and matched to schema columns case-sensitively;
 * blank and duplicate names, unknown columns and missing required columns are errors; optional columns may be
 * absent (their cells are null). Trailing unnamed columns (Excel's empty columns) are tolerated, but a
 * non-blank cell under one is an issue.
 *
 * <p>Row rules ({@link #decode}): a record whose cells are all blank is skipped silently, like a blank line;
 * a record with the wrong number of fields is an issue and skipped (it may lack trailing unnamed columns); a
 * cell that does not parse, is blank in a required column or is longer than {@link Limits#maxFieldChars()}
 * is an issue and {@link Row#INVALID} in the row, which is still returned.
 *
 * <p>Issue columns are 1-based field positions in header order; paths are column names. Immutable and
 * thread-safe.
 */
public final class RowDecoder {

  private final DatasetSchema schema;
  private final ValueParser[] parsers;
  /** For each field position, the schema column index, or -1 for a trailing unnamed column. */
  private final int[] fieldToColumn;
  /** Fields up to the last named one; a record may stop after these. */
  private final int namedFields;
  private final int keyIndex;
  private final int maxFieldChars;
  /** Per schema column, what a blank cell reads as ({@link Row#read}); null (unknown) for an absent column. */
  private final @Nullable Object[] blanks;

  private RowDecoder(DatasetSchema schema, int[] fieldToColumn, int namedFields, Limits limits) {
    this.schema = schema;
    this.parsers = new ValueParser[schema.columns().size()];
    for (int i = 0; i < parsers.length; i++) {
      parsers[i] = ValueParser.forColumn(schema.columns().get(i));
    }
    this.fieldToColumn = fieldToColumn;
    this.namedFields = namedFields;
    this.keyIndex = schema.indexOf(schema.key());
    this.maxFieldChars = limits.maxFieldChars();
    this.blanks = new Object[parsers.length];
    for (int ci : fieldToColumn) {
      // A column the file lacks says nothing, whatever its blanks would mean: unknown, never "none".
      if (ci >= 0) {
        blanks[ci] = blankReading(schema.columns().get(ci));
      }
    }
  }

  /** What a blank cell of {@code c} reads as; the Column constructor allows only meanings that fit the type. */
  private static @Nullable Object blankReading(Column c) {
    return switch (c.blank()) {
      case UNKNOWN -> null;
      case NEVER -> Row.NEVER;
      case NOT_APPLICABLE -> Row.NOT_APPLICABLE;
      case NONE -> switch (c.type()) {
        case INTEGER -> 0L;
        case DECIMAL -> java.math.BigDecimal.ZERO;
        case STRING -> "";
        default -> throw new IllegalStateException("blank: none on a " + c.type().id() + " column " + c.name());
      };
    };
  }

  /**
   * A decoder for in-memory rows whose cells are in the schema's column order, one per column.
   *
   * @throws IllegalArgumentException if an enum column has ambiguous synonyms (see {@link ValueParser})
   */
  public static RowDecoder forSchema(DatasetSchema schema, Limits limits) {
    int[] identity = new int[schema.columns().size()];
    Arrays.setAll(identity, i -> i);
    return new RowDecoder(schema, identity, identity.length, limits);
  }

  /**
   * A decoder for records in the order of {@code header}, or empty when the header is unusable; every
   * header problem is added to {@code issuesOut} (at {@code line}, column = 1-based position).
   */
  public static Optional<RowDecoder> forHeader(
      DatasetSchema schema, List<? extends @Nullable String> header, Limits limits, String source, long line,
      List<Issue> issuesOut) {
    requireNonNull(source, "source");
    List<String> expected = schema.columns().stream().map(Column::name).toList();
    int n = header.size();
    String[] names = new String[n];
    int lastNamed = -1;
    for (int p = 0; p < n; p++) {
      String h = header.get(p);
      names[p] = h == null ? "" : h.strip();
      if (!names[p].isEmpty()) {
        lastNamed = p;
      }
    }
    if (lastNamed < 0) {
      issuesOut.add(new Issue(source, line, 0, "", DataMessages.emptyFile(expected)));
      return Optional.empty();
    }
    List<Issue> found = new ArrayList<>();
    int[] fieldToColumn = new int[n];
    Arrays.fill(fieldToColumn, -1);
    Map<String, Integer> seen = new HashMap<>();
    boolean anyKnown = false;
    for (int p = 0; p <= lastNamed; p++) {
      String name = names[p];
      if (name.isEmpty()) {
        found.add(new Issue(source, line, p + 1, "", DataMessages.blankHeader()));
        continue;
      }
      Integer first = seen.putIfAbsent(name, p + 1);
      if (first != null) {
        found.add(new Issue(source, line, p + 1, name, DataMessages.duplicateColumn(name, first)));
        continue;
      }
      int ci = schema.indexOf(name);
      if (ci < 0) {
        found.add(
            // The unknown name as the issue's field too, its invisible characters shown (a doubled BOM, U+200B).
            new Issue(source, line, p + 1, DataMessages.shown(name),
                DataMessages.unknownColumn(expected, name, caseMatch(expected, name))));
      } else {
        fieldToColumn[p] = ci;
        anyKnown = true;
      }
    }
    if (!anyKnown) {
      // Most likely the header line is missing and this is data: one clear issue instead of many.
      String line0 = String.join(",", Arrays.asList(names).subList(0, lastNamed + 1));
      issuesOut.add(new Issue(source, line, 0, "", DataMessages.noHeader(expected, line0)));
      return Optional.empty();
    }
    boolean[] present = new boolean[expected.size()];
    for (int ci : fieldToColumn) {
      if (ci >= 0) {
        present[ci] = true;
      }
    }
    for (int ci = 0; ci < present.length; ci++) {
      Column c = schema.columns().get(ci);
      if (!present[ci] && c.required()) {
        found.add(new Issue(source, line, 0, c.name(), DataMessages.missingRequiredColumn(c.name())));
      }
    }
    issuesOut.addAll(found);
    return found.isEmpty()
        ? Optional.of(new RowDecoder(schema, fieldToColumn, lastNamed + 1, limits))
        : Optional.empty();
  }

  private static @Nullable String caseMatch(List<String> expected, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String e : expected) {
      if (e.toLowerCase(Locale.ROOT).equals(lower)) {
        return e;
      }
    }
    return null;
  }

  /** The schema rows are decoded for. */
  public DatasetSchema schema() {
    return schema;
  }

  /** How many fields the header has (including trailing unnamed ones). */
  public int fieldCount() {
    return fieldToColumn.length;
  }

  /**
   * The row of {@code cells} (in header order; a null cell is blank), or null when the record is skipped: all
   * blank (silently) or with the wrong number of fields (with an issue). Cell issues are added to {@code
   * issuesOut} and the row is still returned.
   */
  public @Nullable Row decode(String source, long line, List<? extends @Nullable String> cells, List<Issue> issuesOut) {
    int n = cells.size();
    if (allBlank(cells)) {
      return null;
    }
    if (n < namedFields || n > fieldToColumn.length) {
      issuesOut.add(new Issue(source, line, 0, "", DataMessages.fieldCount(fieldToColumn.length, n)));
      return null;
    }
    @Nullable Object[] values = new Object[parsers.length];
    String key = "";
    for (int p = 0; p < n; p++) {
      String raw = cells.get(p);
      if (raw == null) {
        raw = "";
      }
      int ci = fieldToColumn[p];
      if (ci < 0) {
        if (!raw.isBlank()) {
          issuesOut.add(new Issue(source, line, p + 1, "", DataMessages.valueUnderUnnamedColumn(raw.strip())));
        }
        continue;
      }
      ValueParser parser = parsers[ci];
      String name = parser.column().name();
      if (raw.length() > maxFieldChars) {
        issuesOut.add(new Issue(source, line, p + 1, name, DataMessages.cellTooLong(maxFieldChars, raw.length())));
        values[ci] = Row.INVALID;
        continue;
      }
      if (ci == keyIndex) {
        key = raw.strip();
      }
      try {
        Object v = parser.parse(raw);
        if (v == null && parser.column().required()) {
          issuesOut.add(new Issue(source, line, p + 1, name, DataMessages.blankRequired(parser.expected())));
          v = Row.INVALID;
        }
        values[ci] = v;
      } catch (ValueException e) {
        issuesOut.add(new Issue(source, line, p + 1, name, e.text()));
        values[ci] = Row.INVALID;
      }
    }
    return new Row(source, line, key, values, blanks);
  }

  private static boolean allBlank(List<? extends @Nullable String> cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
