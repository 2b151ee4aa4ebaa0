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
 *       before it could be measured. This reader fails with {@link ReadFailure} before it hands out the
 *       character that makes a field longer than {@code maxFieldChars} or a record longer than {@code
 *       maxRecordChars}, and {@link #recordStart} fails for a record of more than {@code maxFields} fields.
 *       So the parser never holds more than one record of at most {@code maxRecordChars} characters (plus
 *       its 8 KiB buffer), and this reader at most {@code maxFieldChars} more.
 *   <li>Exact record start lines. The parser's line counter tells where a record ends; where it starts is
 *       off by any blank lines the parser skipped before it and by line breaks inside quoted fields.
 * </ul>
 *
 * <p>It also remembers where a quoted field was opened and the first character after a closing quote that is
 * neither whitespace, a comma nor a line break, to explain the parser's errors with line and column. A
 * failure is delivered only after every character before it has been handed out, so the records before it
 * are still read.
 *
 * <p>Scanning lazily. Following the quoting rules for every character cost as much as a fifth of a whole
 * assessment, yet the parser finds every record boundary anyway. So the quoting machine lags behind: the
 * text handed out but not yet scanned is kept in a window, and the machine scans it only when it has to:
 * when the unscanned text is long enough to hold a limit's excess (measured from the machine's counters, so
 * no field or record can be completed past a limit unseen), to explain a failure, or to place a record that
 * does not simply sit on the line after the previous one. Whenever the parser returns a record that starts
 * at or beyond the machine, the machine jumps there instead of scanning the text in between: a record
 * boundary of the parser is a fresh state of the machine. Not thread-safe.
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
  private final boolean lazy;

  // Handed-out text the machine may still need: characters [winBase, winBase + winLen), ending at pos.
  private char[] win = new char[32 * 1024];
  private long winBase;
  private int winLen;
  /** Characters handed out. */
  private long pos;
  /** Characters the machine has scanned (or jumped over). */
  private long mpos;
  /** How many unscanned characters could hold no limit's excess, given the machine's counters. */
  private long budget;
  /** The parser's line number after the last record it returned: the lines before the next one. */
  private long prevEndLine;
  private @Nullable ReadFailure failure;

  // The machine's state.
  private int state = FIELD_START;
  private boolean inRecord;
  private long line;
  private long column;
  private int lastChar = '\n'; // as if a line ended just before the text
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

  // Record starts (position, line) the machine has passed and the parser has not returned yet, in order.
  private long[] startPos = new long[16];
  private long[] startLine = new long[16];
  private int head;
  private int size;

  /** With {@code lazy} false the machine scans every character as it is handed out (for tests). */
  GuardedReader(Reader in, int maxFieldChars, long maxRecordChars, int maxFields, boolean lazy) {
    this.in = in;
    this.maxFieldChars = maxFieldChars;
    this.maxRecordChars = maxRecordChars;
    this.maxFields = maxFields;
    this.lazy = lazy;
    rebudget();
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
      ReadFailure earlier = scanTo(pos, false);
      if (earlier != null) {
        pending = earlier;
        throw earlier;
      }
      // Bytes the decoder rejected: they sit right after the last character handed out.
      boolean atBreak = lastChar == '\r' || lastChar == '\n';
      pending = f.at(atBreak ? line + 1 : line, atBreak ? 1 : column + 1);
      throw pending;
    }
    if (n < 0) {
      sawEof = true;
      return n;
    }
    long chunkStart = pos;
    append(cbuf, off, n);
    if (pos - mpos > budget) {
      ReadFailure f = scanTo(pos, false);
      if (f != null) {
        pending = f;
        long at = mpos; // the machine stops at the failing character
        if (at <= chunkStart) {
          throw f;
        }
        winLen -= (int) (pos - at);
        pos = at;
        return (int) (at - chunkStart); // the characters before the failure, so records before it are still parsed
      }
    }
    return n;
  }

  private void append(char[] cbuf, int off, int n) {
    if (winLen + n > win.length) {
      int keep = (int) (mpos - winBase); // everything before the machine is no longer needed
      System.arraycopy(win, keep, win, 0, winLen - keep);
      winLen -= keep;
      winBase = mpos;
      if (winLen + n > win.length) {
        char[] grown = new char[Math.max(win.length * 2, winLen + n)];
        System.arraycopy(win, 0, grown, 0, winLen);
        win = grown;
      }
    }
    System.arraycopy(cbuf, off, win, winLen, n);
    winLen += n;
    pos += n;
  }

  /**
   * Runs the machine over the handed-out text up to {@code target}, or with {@code untilStart} only until it
   * has passed the first character of a record not yet returned; returns the failure it stops at (and keeps
   * returning it), or null.
   */
  private @Nullable ReadFailure scanTo(long target, boolean untilStart) {
    if (untilStart && size > 0) {
      return null; // passed already (a machine that failed has passed every record the parser returns)
    }
    if (failure != null) {
      return failure;
    }
    int i = (int) (mpos - winBase);
    int end = (int) (target - winBase);
    // The fast scan stays inside a record, so it never passes a record's start.
    while (i < end && !(untilStart && size > 0)) {
      if (inRecord && (state == UNQUOTED || state == FIELD_START) && lastChar != '\r' && lastChar != '\n') {
        i = scan(win, i, end);
        if (i == end) {
          break;
        }
      }
      ReadFailure f = accept(win[i], winBase + i);
      if (f != null) {
        mpos = winBase + i;
        failure = f;
        return f;
      }
      i++;
    }
    mpos = winBase + i;
    rebudget();
    return null;
  }

  /** Sets how far the text may run ahead of the machine before it must scan: short of any limit's excess. */
  private void rebudget() {
    budget = lazy ? Math.max(0, Math.min(maxFieldChars - fieldChars, maxRecordChars - recordChars)) : 0;
  }

  /**
   * The start line of the record the parser has just returned, and the check of its field count.
   *
   * @param position where the parser began reading the record (its character position)
   * @param fieldCount how many fields it has
   * @param endLine the parser's line number after it
   * @throws ReadFailure if the record breaks a limit (the parser should not have returned it)
   */
  long recordStart(long position, int fieldCount, long endLine) throws ReadFailure {
    while (size > 0 && startPos[head] < position) {
      pop(); // a record the parser returned before this one
    }
    if (position >= mpos && failure == null) {
      jump(position);
    }
    long start;
    if (!sawEof && endLine - prevEndLine == 1 && fieldCount <= maxFields) {
      // The common case: the parser read exactly one line break, the one ending this record. (At the end of
      // the input the machine decides: whether the parser counts an unterminated last line has varied
      // between Commons CSV versions.) A start the machine queued for this record is dropped with the next.
      start = endLine;
    } else {
      ReadFailure f = scanTo(pos, fieldCount <= maxFields);
      if (f != null) {
        throw f;
      }
      start = size > 0 ? startLine[head] : 0;
      if (size > 0) {
        pop();
      }
    }
    prevEndLine = endLine;
    return start;
  }

  /** Puts the machine at {@code position}, a record boundary of the parser, without scanning up to it. */
  private void jump(long position) {
    mpos = position;
    state = FIELD_START;
    inRecord = false;
    line = prevEndLine;
    column = 0;
    lastChar = '\n';
    fieldChars = 0;
    recordChars = 0;
    fields = 0;
    trailingLine = 0;
    size = 0;
    head = 0;
    rebudget();
  }

  private void pop() {
    head = (head + 1) % startPos.length;
    size--;
  }

  /**
   * The fast path for what makes up most of a file: unquoted fields and commas inside a record, away from
   * line breaks. Does exactly what {@link #accept} would for each character of {@code cbuf[from, to)} and
   * returns the index of the first one it leaves to {@code accept}: a line break, a quote opening a field, or
   * a character at which a limit would be exceeded. The inner loop only looks for the next comma or line
   * break (a bounded array walk the JIT unrolls); limits and positions are settled once per field, from
   * indexes, in locals written back once.
   */
  private int scan(char[] cbuf, int from, int to) {
    int st = state;
    int f = fields;
    long recEnd = from - recordChars + maxRecordChars; // characters of the record are allowed below this index
    long fs = from - fieldChars; // index of the current field's first character (before from if begun earlier)
    long ended = fieldChars; // fieldChars once the current field ended with a comma
    boolean started = false;
    int j = from;
    while (j < to) {
      char c = cbuf[j];
      if (st == FIELD_START) {
        if (c == ',') {
          fs = j; // an empty field "starts" at its comma
          started = true;
          ended = 0;
          if (f >= maxFields || j >= recEnd) {
            break;
          }
          f++;
          j++;
          continue;
        }
        if (c == '"' || c == '\n' || c == '\r' || j >= recEnd) {
          break;
        }
        st = UNQUOTED;
        fs = j;
        started = true;
      }
      // Within an unquoted field: characters up to the field's or the record's limit, whichever comes first.
      int end = (int) Math.min(to, Math.min(fs + maxFieldChars, recEnd));
      int k = j;
      while (k < end) {
        char d = cbuf[k];
        if (d <= ',' && (d == ',' || d == '\n' || d == '\r')) {
          break;
        }
        k++;
      }
      j = k;
      if (j == to || j == end || cbuf[j] != ',') {
        break; // the end of the buffer, a limit reached, or a line break
      }
      ended = j - fs;
      if (f >= maxFields || j >= recEnd) {
        break;
      }
      f++;
      st = FIELD_START;
      j++;
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

  private @Nullable ReadFailure accept(char c, long at) {
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
          startRecord(at);
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

  private void startRecord(long at) {
    inRecord = true;
    recordChars = 0;
    fields = 1;
    recordLine = line;
    if (size == startPos.length) {
      long[] grownPos = new long[size * 2];
      long[] grownLine = new long[size * 2];
      for (int i = 0; i < size; i++) {
        grownPos[i] = startPos[(head + i) % size];
        grownLine[i] = startLine[(head + i) % size];
      }
      startPos = grownPos;
      startLine = grownLine;
      head = 0;
    }
    int tail = (head + size) % startPos.length;
    startPos[tail] = at;
    startLine[tail] = line;
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

  /**
   * The parser's syntax error explained from what this reader saw: trailing data after a closing quote, or a
   * quoted field still open at the end of the input; null when neither applies.
   */
  @Nullable ReadFailure explainSyntaxError() {
    ReadFailure limit = scanTo(pos, false);
    if (trailingLine > 0) { // met before any limit, where the machine would have stopped
      return new ReadFailure(
          DataMessages.trailingData(String.valueOf(trailingChar)), trailingLine, trailingColumn);
    }
    if (limit != null) {
      return limit;
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
