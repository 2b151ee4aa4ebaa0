package dev.kizuki.internal.data;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Sits between the decoder and the CSV parser and follows the RFC 4180 quoting rules of the parser's dialect
 * character by character, for two things the parser cannot give:
 *
 * <ul>
 *   <li>Bounded memory. The parser buffers a whole field (an unclosed quote makes that the rest of the file)
 *       before it could be measured. This reader fails with {@link ReadFailure} as soon as one field exceeds
 *       {@code maxFieldChars}, one record exceeds {@code maxRecordChars} or has more than {@code maxFields}
 *       fields. So the parser never holds more than one record of at most {@code maxRecordChars} characters
 *       (plus its 8 KiB buffer).
 *   <li>Exact record start lines. The parser's line counter is off when it skips blank lines before a record;
 *       this reader queues the physical line where each record starts, in order, and the caller takes one per
 *       record the parser returns. The queue stays short because the parser reads only a buffer ahead.
 * </ul>
 *
 * <p>It also remembers where a quoted field was opened and the first character after a closing quote that is
 * neither whitespace, a comma nor a line break, to explain the parser's errors with line and column. A
 * failure is delivered only after every character before it has been handed out, so the records before it
 * are still read. Not thread-safe.
 */
final class GuardedReader extends Reader {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  /** A quote inside a quoted field: either the first of "" or the closing quote. */
  private static final int QUOTE_SEEN = 3;
  /** Whitespace after a closing quote, which the parser skips. */
  private static final int AFTER_CLOSE = 4;

  private final Reader in;
  private final int maxFieldChars;
  private final long maxRecordChars;
  private final int maxFields;

  private int state = FIELD_START;
  private boolean inRecord;
  private long line = 1;
  private long column;
  private int lastChar = -1;
  private long fieldChars;
  private long recordChars;
  private int fields;
  private long fieldLine;
  private long fieldColumn;
  private long recordLine;
  private long quoteLine;
  private long quoteColumn;
  private long trailingLine;
  private long trailingColumn;
  private char trailingChar;
  private boolean sawEof;
  private @Nullable IOException pending;

  private long[] starts = new long[64];
  private int head;
  private int size;

  GuardedReader(Reader in, int maxFieldChars, long maxRecordChars, int maxFields) {
    this.in = in;
    this.maxFieldChars = maxFieldChars;
    this.maxRecordChars = maxRecordChars;
    this.maxFields = maxFields;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n;
    try {
      n = in.read(cbuf, off, len);
    } catch (ReadFailure f) {
      // Bytes the decoder rejected: they sit right after the last character handed out.
      boolean atBreak = lastChar == '\r' || lastChar == '\n';
      pending = f.at(atBreak ? line + 1 : line, atBreak ? 1 : column + 1);
      throw pending;
    }
    if (n < 0) {
      sawEof = true;
      return n;
    }
    int i = 0;
    while (i < n) {
      if (inRecord && (state == UNQUOTED || state == FIELD_START) && lastChar != '\r' && lastChar != '\n') {
        i = scan(cbuf, off + i, off + n) - off;
        if (i == n) {
          break;
        }
      }
      ReadFailure f = accept(cbuf[off + i]);
      if (f != null) {
        pending = f;
        if (i == 0) {
          throw f;
        }
        return i; // the characters before the failure, so records before it are still parsed
      }
      i++;
    }
    return n;
  }

  /**
   * The fast path for what makes up most of a file: unquoted fields and commas inside a record, away from
   * line breaks. Does exactly what {@link #accept} would for each character of {@code cbuf[from, to)} and
   * returns the index of the first one it leaves to {@code accept}: a line break, a quote opening a field, or
   * a character at which a limit would be exceeded. Positions are derived from indexes, so the loop keeps
   * its state in locals and writes it back once.
   */
  private int scan(char[] cbuf, int from, int to) {
    int st = state;
    int f = fields;
    long recEnd = from - recordChars + maxRecordChars; // characters of the record are allowed below this index
    long fs = from - fieldChars; // index of the current field's first character (before from if begun earlier)
    long lim = st == UNQUOTED ? Math.min(fs + maxFieldChars, recEnd) : recEnd;
    long ended = fieldChars; // fieldChars once the current field ended with a comma
    boolean started = false;
    int j = from;
    for (; j < to; j++) {
      char c = cbuf[j];
      // One comparison for nearly every character: the four special ones are all <= ','.
      if (c > ',' || (c != ',' && c != '\n' && c != '\r' && (c != '"' || st == UNQUOTED))) {
        if (st == FIELD_START) {
          st = UNQUOTED;
          fs = j;
          started = true;
          lim = Math.min(fs + maxFieldChars, recEnd);
        }
        if (j >= lim) {
          break;
        }
      } else if (c == ',') {
        if (st == FIELD_START) {
          fs = j; // an empty field "starts" at its comma
          started = true;
          ended = 0;
        } else {
          ended = j - fs;
        }
        if (f >= maxFields || j >= recEnd) {
          break;
        }
        f++;
        st = FIELD_START;
      } else {
        break;
      }
    }
    if (started) {
      fieldLine = line;
      fieldColumn = column + (fs - from) + 1;
    }
    fieldChars = st == UNQUOTED ? j - fs : ended;
    column += j - from;
    recordChars += j - from;
    fields = f;
    state = st;
    if (j > from) {
      lastChar = cbuf[j - 1];
    }
    return j;
  }

  private @Nullable ReadFailure accept(char c) {
    if (!(c == '\n' && lastChar == '\r')) { // the LF of CRLF is part of the same line break
      if (lastChar == '\r' || lastChar == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    lastChar = c;
    boolean eol = c == '\n' || c == '\r';
    switch (state) {
      case FIELD_START -> {
        if (eol) {
          if (inRecord) {
            inRecord = false; // the record ended with an empty field, as in "a,"
          } // else a blank line, which the parser skips too
          return null;
        }
        if (!inRecord) {
          startRecord();
        }
        fieldChars = 0;
        fieldLine = line;
        fieldColumn = column;
        if (c == ',') {
          return endField();
        } else if (c == '"') {
          state = QUOTED;
          quoteLine = line;
          quoteColumn = column;
          return null;
        }
        state = UNQUOTED;
        return count();
      }
      case UNQUOTED -> {
        return separatorOr(c, eol, true);
      }
      case QUOTED -> {
        if (c == '"') {
          state = QUOTE_SEEN;
          return null;
        }
        return count();
      }
      case QUOTE_SEEN -> {
        if (c == '"') {
          state = QUOTED; // an escaped quote
          return count();
        }
        return afterClose(c, eol);
      }
      case AFTER_CLOSE -> {
        return afterClose(c, eol);
      }
      default -> throw new AssertionError(state);
    }
  }

  private @Nullable ReadFailure afterClose(char c, boolean eol) {
    if (eol || c == ',') {
      return separatorOr(c, eol, false);
    }
    if (Character.isWhitespace(c)) {
      state = AFTER_CLOSE;
      return null;
    }
    if (trailingLine == 0) {
      trailingLine = line;
      trailingColumn = column;
      trailingChar = c;
    }
    state = UNQUOTED; // the parser fails here; keep counting so limits still hold
    return count();
  }

  private @Nullable ReadFailure separatorOr(char c, boolean eol, boolean countOther) {
    if (eol) {
      inRecord = false;
      state = FIELD_START;
      return null;
    }
    if (c == ',') {
      state = FIELD_START;
      return endField();
    }
    return countOther ? count() : null;
  }

  private void startRecord() {
    inRecord = true;
    recordChars = 0;
    fields = 1;
    recordLine = line;
    if (size == starts.length) {
      long[] grown = new long[starts.length * 2];
      for (int i = 0; i < size; i++) {
        grown[i] = starts[(head + i) % starts.length];
      }
      starts = grown;
      head = 0;
    }
    starts[(head + size) % starts.length] = line;
    size++;
  }

  private @Nullable ReadFailure endField() {
    fields++;
    if (fields > maxFields) {
      return new ReadFailure(DataMessages.tooManyFields(maxFields), recordLine, 0);
    }
    return countRecord();
  }

  private @Nullable ReadFailure count() {
    if (++fieldChars > maxFieldChars) {
      return new ReadFailure(DataMessages.fieldTooLong(maxFieldChars), fieldLine, fieldColumn);
    }
    return countRecord();
  }

  private @Nullable ReadFailure countRecord() {
    if (++recordChars > maxRecordChars) {
      return new ReadFailure(DataMessages.recordTooLong(maxRecordChars), recordLine, 0);
    }
    return null;
  }

  /** The start line of the next record the parser returns (records are taken in order), or 0 if unknown. */
  long takeRecordStart() {
    if (size == 0) {
      return 0;
    }
    long l = starts[head];
    head = (head + 1) % starts.length;
    size--;
    return l;
  }

  /**
   * The parser's syntax error explained from what this reader saw: trailing data after a closing quote, or a
   * quoted field still open at the end of the input; null when neither applies.
   */
  @Nullable ReadFailure explainSyntaxError() {
    if (trailingLine > 0) {
      return new ReadFailure(
          DataMessages.trailingData(String.valueOf(trailingChar)), trailingLine, trailingColumn);
    }
    if (sawEof && state == QUOTED) {
      return new ReadFailure(DataMessages.unclosedQuote(), quoteLine, quoteColumn);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
