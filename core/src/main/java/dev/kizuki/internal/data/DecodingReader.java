package dev.kizuki.internal.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly: a malformed or unmappable sequence is a {@link ReadFailure} naming the bytes and
 * their offset, never a replacement character, and so is a NUL character. Unlike {@code InputStreamReader}, it first hands out every
 * character decoded before the bad bytes, so a line-counting reader above it knows the exact line. Drops a
 * leading U+FEFF (byte order mark). Not thread-safe.
 */
final class DecodingReader extends Reader {
  /** What detection knew about the encoding, for the message of a failure. */
  enum Guess {
    NONE,
    /** Neither UTF-8 nor Windows-31J: read as UTF-8 only to place the first bad byte. */
    UNDETERMINED,
    /** No byte order mark, and NULs on every other byte. */
    LIKE_UTF16
  }

  private final InputStream in;
  private final Guess guess;
  private final CharsetDecoder decoder;
  private final String charsetName;
  private final ByteBuffer bytes;
  /** Absolute offset in the stream of {@code bytes.array()[0]}. */
  private long base;
  private boolean eof;
  private boolean flushed;
  private boolean first = true;
  private @Nullable ReadFailure pending;

  /** Reads {@code prefix[0, prefixLength)} (already read from {@code in}) and then the rest of {@code in}. */
  DecodingReader(byte[] prefix, int prefixLength, InputStream in, java.nio.charset.Charset charset, Guess guess) {
    this.in = in;
    this.guess = guess;
    this.decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    this.charsetName = charset.name();
    this.bytes = ByteBuffer.wrap(prefix, 0, prefixLength);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = decodeInto(cbuf, off, len);
    if (n > 0 && first) {
      first = false;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        n--;
        if (n == 0) {
          return read(cbuf, off, len);
        }
      }
    }
    return n;
  }

  private int decodeInto(char[] cbuf, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      if (eof && flushed) {
        break;
      }
      CoderResult cr = decoder.decode(bytes, out, eof);
      if (cr.isError()) {
        ReadFailure failure = malformed(cr.length());
        if (out.position() > off) {
          pending = failure; // hand out the good characters first
          break;
        }
        pending = failure;
        throw failure;
      }
      if (cr.isOverflow()) {
        break;
      }
      if (eof) {
        if (decoder.flush(out).isOverflow()) {
          break;
        }
        flushed = true;
        break;
      }
      if (out.position() > off) {
        break; // return what we have rather than block for more input
      }
      refill();
    }
    int n = out.position() - off;
    for (int i = off; i < off + n; i++) {
      if (cbuf[i] == '\u0000') {
        // Hand out the characters before it, so that the reader above places the NUL at its line and column.
        pending = new ReadFailure(DataMessages.nulCharacter(guess == Guess.LIKE_UTF16), 0, 0);
        if (i == off) {
          throw pending;
        }
        return i - off;
      }
    }
    return n == 0 && eof && flushed ? -1 : n;
  }

  private void refill() throws IOException {
    base += bytes.position();
    bytes.compact();
    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (r < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + r);
    }
    bytes.flip();
  }

  private ReadFailure malformed(int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    long offset = base + bytes.position();
    return new ReadFailure(guess == Guess.UNDETERMINED ? DataMessages.undeterminedEncoding(sb.toString(), offset)
        : DataMessages.malformed(charsetName, sb.toString(), offset), 0, 0);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
