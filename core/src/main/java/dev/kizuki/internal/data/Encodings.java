package dev.kizuki.internal.data;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Opens a byte stream as text in the right encoding, strictly.
 *
 * <p>Detection when no encoding is given: a UTF-8 byte order mark means UTF-8, a UTF-16LE/BE one means
 * UTF-16LE/BE. Without a mark, the first {@value #SNIFF_BYTES} bytes decide: valid UTF-8 means UTF-8, else
 * valid Windows-31J (what Excel writes for "CSV") means Windows-31J, else the file is read as UTF-8 so that
 * the first byte that is neither fails where it is, at its line and column, saying the encoding could not be
 * determined. A multi-byte sequence cut by the end of the sniffed block does not count against an encoding.
 * An explicit encoding skips detection. A leading byte order mark is dropped in every case, so the first
 * header name is clean.
 *
 * <p>The returned reader never substitutes replacement characters: bytes that are not valid in the charset,
 * anywhere in the file, make it throw {@link ReadFailure}; so does a NUL character, in every encoding (no
 * text cell holds one, and UTF-16 read as UTF-8 is full of them). Stateless and thread-safe.
 */
public final class Encodings {

  /** How many leading bytes are examined when detecting the encoding. */
  public static final int SNIFF_BYTES = 64 * 1024;

  /** Windows-31J (CP932), the Japanese Windows superset of Shift_JIS. */
  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  private Encodings() {}

  /** A reader over the stream's text and the charset it is decoded with. */
  public record Decoded(Reader reader, Charset charset) {
    public Decoded {
      requireNonNull(reader, "reader");
      requireNonNull(charset, "charset");
    }
  }

  /**
   * Opens {@code in} as text: in {@code explicit} when given, else in the detected encoding. Reads up to
   * {@value #SNIFF_BYTES} bytes now; the rest is read through the returned reader, which closes {@code in}
   * when closed.
   *
   * @throws IOException if reading fails
   */
  public static Decoded open(InputStream in, @Nullable Charset explicit) throws IOException {
    byte[] prefix = new byte[SNIFF_BYTES];
    int n = readUpTo(in, prefix);
    Charset charset = explicit != null ? explicit : detect(prefix, n, n < prefix.length);
    boolean undetermined = explicit == null && charset.equals(StandardCharsets.UTF_8) && !hasUtf8Mark(prefix, n)
        && firstInvalid(prefix, n, n < prefix.length, StandardCharsets.UTF_8) >= 0;
    DecodingReader.Guess guess = explicit == null && !hasMark(prefix, n) && looksLikeUtf16(prefix, n)
        ? DecodingReader.Guess.LIKE_UTF16
        : undetermined ? DecodingReader.Guess.UNDETERMINED : DecodingReader.Guess.NONE;
    return new Decoded(new DecodingReader(prefix, n, in, charset, guess), charset);
  }

  /** The encoding of {@code b[0, n)}; {@code whole} says whether that is the entire stream. */
  static Charset detect(byte[] b, int n, boolean whole) {
    if (hasUtf8Mark(b, n)) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (firstInvalid(b, n, whole, StandardCharsets.UTF_8) < 0) {
      return StandardCharsets.UTF_8;
    }
    if (firstInvalid(b, n, whole, WINDOWS_31J) < 0) {
      return WINDOWS_31J;
    }
    return StandardCharsets.UTF_8; // neither: the reader fails at the first bad byte, at its line and column
  }

  private static boolean hasUtf8Mark(byte[] b, int n) {
    return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean hasMark(byte[] b, int n) {
    return hasUtf8Mark(b, n) || n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }

  /** Whether the first NULs all fall on even or all on odd bytes, as in text saved as UTF-16 (ASCII's high bytes). */
  static boolean looksLikeUtf16(byte[] b, int n) {
    int even = 0;
    int odd = 0;
    for (int i = 0; i < Math.min(n, 1024); i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    return Math.max(even, odd) >= 2 && Math.min(even, odd) == 0;
  }

  /** The offset of the first byte that is not valid in {@code charset}, or -1. */
  private static int firstInvalid(byte[] b, int n, boolean whole, Charset charset) {
    CharsetDecoder decoder =
        charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, 0, n);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      // endOfInput=false when more follows: a sequence cut at the end of the block is then left undecoded.
      CoderResult cr = decoder.decode(in, out, whole);
      if (cr.isError()) {
        return in.position();
      }
      if (cr.isOverflow()) {
        out.clear();
        continue;
      }
      return -1;
    }
  }

  private static int readUpTo(InputStream in, byte[] buffer) throws IOException {
    int n = 0;
    while (n < buffer.length) {
      int r = in.read(buffer, n, buffer.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }
}
