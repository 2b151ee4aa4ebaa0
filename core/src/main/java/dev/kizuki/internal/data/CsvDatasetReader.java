package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Column;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams a dataset CSV file into typed {@link Row}s, once, in bounded memory.
 *
 * <p>Dialect: RFC 4180 (comma, double quotes, "" inside quotes, CRLF or LF), strict: a quote left open at the
 * end of the file or text after a closing quote ("abc"x) stops reading. The first non-blank record is the
 * header (see {@link RowDecoder} for header and cell rules). Blank lines, and records whose cells are all
 * blank, are skipped. Encoding: see {@link Encodings}.
 *
 * <p>Memory: the file is never held whole. At most one record is buffered, and it is cut off with a fatal
 * issue once a field exceeds {@link Limits#maxFieldChars()}, the record exceeds {@code maxFieldChars × (schema
 * columns + 1)} characters or has more than {@link Limits#maxColumns()} fields; the file is cut off after
 * {@link Limits#maxFileBytes()} bytes. At most {@value #MAX_ISSUES} issues are kept per file, then one "and N
 * more".
 *
 * <p>Immutable and thread-safe; each {@link #read} call has its own state.
 */
public final class CsvDatasetReader {

  /** Most issues kept per file before the rest are only counted. */
  public static final int MAX_ISSUES = 1000;

  /** RFC 4180 with nothing lenient: no tolerance of an open quote at EOF or of text after a closing quote. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(true)
          .setLenientEof(false)
          .setTrailingData(false)
          .setTrailingDelimiter(false)
          .setIgnoreSurroundingSpaces(false)
          .setTrim(false)
          .setEscape(null)
          .setCommentMarker(null)
          .get();

  private final Limits limits;
  private final int maxIssues;

  private final boolean lazy;

  public CsvDatasetReader(Limits limits) {
    this(limits, MAX_ISSUES, true);
  }

  /** With {@code lazy} false the guarded reader scans every character as it is read (for tests). */
  CsvDatasetReader(Limits limits, int maxIssues, boolean lazy) {
    this.limits = requireNonNull(limits, "limits");
    this.maxIssues = maxIssues;
    this.lazy = lazy;
  }

  /**
   * Reads {@code in} as a CSV file of {@code schema}, passing each structurally sound row to {@code sink} in
   * file order (rows with invalid cells included: see {@link Row#INVALID}). Stops at the first fatal issue.
   * Does not close {@code in}.
   *
   * @param source the file name as shown to users, used in issues and rows
   * @param explicit the encoding to use, or null to detect it
   * @throws IOException only if reading {@code in} itself fails; problems with the content are issues
   */
  public ReadResult read(
      DatasetSchema schema, String source, InputStream in, @Nullable Charset explicit, Consumer<Row> sink)
      throws IOException {
    requireNonNull(schema, "schema");
    requireNonNull(source, "source");
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    IssueCollector issues = new IssueCollector(source, maxIssues);
    Encodings.Decoded decoded;
    try {
      decoded = Encodings.open(new LimitedInputStream(in, limits.maxFileBytes()), explicit);
    } catch (ReadFailure f) {
      issues.setFatal(f.toIssue(source));
      return new ReadResult(issues.finish(), 0, Optional.empty(), true, 0);
    }
    long maxRecordChars = (long) limits.maxFieldChars() * (schema.columns().size() + 1);
    GuardedReader guard =
        new GuardedReader(decoded.reader(), limits.maxFieldChars(), maxRecordChars, limits.maxColumns(), lazy);
    long rows = 0;
    long skipped = 0;
    @SuppressWarnings("resource") // closing would close the caller's stream; LimitedInputStream shields it anyway
    CSVParser parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get();
    try {
      Iterator<CSVRecord> records = parser.iterator();
      RowDecoder decoder = null;
      List<Issue> scratch = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line;
        try {
          line = guard.recordStart(record.getCharacterPosition(), record.size(), parser.getCurrentLineNumber());
        } catch (ReadFailure f) {
          issues.setFatal(f.toIssue(source));
          break;
        }
        List<String> cells = new RecordCells(record);
        if (decoder == null) {
          if (cells.stream().allMatch(String::isBlank)) {
            continue; // whitespace-only lines before the header
          }
          scratch.clear();
          Optional<RowDecoder> d = RowDecoder.forHeader(schema, cells, limits, source, line, scratch);
          if (d.isEmpty()) {
            // Header problems are fatal but all reported: the last one is the fatal issue.
            for (int i = 0; i < scratch.size() - 1; i++) {
              issues.add(scratch.get(i));
            }
            issues.setFatal(scratch.get(scratch.size() - 1));
            break;
          }
          decoder = d.get();
          continue;
        }
        scratch.clear();
        Row row = decoder.decode(source, line, cells, scratch);
        issues.addAll(scratch);
        if (row != null) {
          sink.accept(row);
          rows++;
        } else if (!scratch.isEmpty()) {
          skipped++;
        }
      }
      if (decoder == null && !issues.isFatal()) {
        List<String> names = schema.columns().stream().map(Column::name).toList();
        issues.setFatal(new Issue(source, 0, 0, "", DataMessages.emptyFile(names)));
      }
    } catch (UncheckedIOException e) {
      // An UncheckedIOException always has its IOException cause (its constructor requires one).
      issues.setFatal(failure(requireNonNull(e.getCause()), guard, parser).toIssue(source));
    }
    boolean fatal = issues.isFatal();
    return new ReadResult(issues.finish(), rows, Optional.of(decoded.charset()), fatal, skipped);
  }

  private static ReadFailure failure(IOException e, GuardedReader guard, CSVParser parser) throws IOException {
    if (e instanceof ReadFailure f) {
      return f;
    }
    if (e instanceof CSVException) {
      ReadFailure explained = guard.explainSyntaxError();
      return explained != null
          ? explained
          : new ReadFailure(DataMessages.csvSyntax(String.valueOf(e.getMessage())), parser.getCurrentLineNumber(), 0);
    }
    throw e; // a real I/O failure of the caller's stream
  }

  /** A record's cells as a list without copying them (values() would clone the array for every record). */
  private static final class RecordCells extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final CSVRecord record;

    RecordCells(CSVRecord record) {
      this.record = record;
    }

    @Override
    public String get(int index) {
      return record.get(index);
    }

    @Override
    public int size() {
      return record.size();
    }
  }
}
