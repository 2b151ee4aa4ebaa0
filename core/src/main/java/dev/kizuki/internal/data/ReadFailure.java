package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Issue;
import dev.kizuki.Text;

/**
 * A problem that stops reading a data file: bad encoding, broken CSV structure or an exceeded limit.
 *
 * <p>An {@code IOException} so it can travel through {@code Reader}s and the CSV parser; {@link
 * CsvDatasetReader} turns it into a fatal {@link Issue}. Line and column are 1-based, 0 when unknown.
 */
public final class ReadFailure extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  private final Text text;
  private final long line;
  private final long column;

  ReadFailure(Text text, long line, long column) {
    super(requireNonNull(text, "text").en());
    this.text = text;
    this.line = line;
    this.column = column;
  }

  /** The message in both languages. */
  public Text text() {
    return text;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** This failure at a place learnt later (by a reader that counts lines). */
  ReadFailure at(long line, long column) {
    return new ReadFailure(text, line, column);
  }

  /** The failure as an issue of {@code source}. */
  public Issue toIssue(String source) {
    return new Issue(source, line, column, "", text);
  }
}
