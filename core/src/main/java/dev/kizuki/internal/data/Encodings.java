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
 * UTF-16LE/BE. Without a mark, the first {@value #SNIFF_BYTES} bytes decide: NUL bytes are an error (UTF-16
 * without a mark is not guessed), valid UTF-8 means UTF-8, else valid Windows-31J (what Excel writes for
 * "CSV") means Windows-31J, else an error. A multi-byte sequence cut by the end of the sniffed block does not
 * count against an encoding. An explicit encoding skips detection. A leading byte order mark is dropped in
 * every case, so the first header name is clean.
 *
 * <p>The returned reader never substitutes replacement characters: bytes that are not valid in the charset,
 * anywhere in the file, make it throw {@link ReadFailure}. Stateless and thread-safe.
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
   * @throws ReadFailure if the encoding cannot be determined
   * @throws IOException if reading fails
   */
  public static Decoded open(InputStream in, @Nullable Charset explicit) throws IOException {
    byte[] prefix = new byte[SNIFF_BYTES];
    int n = readUpTo(in, prefix);
    Charset charset = explicit != null ? explicit : detect(prefix, n, n < prefix.length);
    return new Decoded(new DecodingReader(prefix, n, in, charset), charset);
  }

  /**
   * The encoding of {@code b[0, n)}; {@code whole} says whether that is the entire stream.
   *
   * @throws ReadFailure if it is neither UTF-8 nor Windows-31J, or holds NUL bytes without a UTF-16 mark
   */
  static Charset detect(byte[] b, int n, boolean whole) throws ReadFailure {
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        // NUL is valid UTF-8, so UTF-16 without a mark would otherwise pass as UTF-8 full of NULs.
        throw new ReadFailure(DataMessages.nulBytes(i), 0, 0);
      }
    }
    int badUtf8 = firstInvalid(b, n, whole, StandardCharsets.UTF_8);
    if (badUtf8 < 0) {
      return StandardCharsets.UTF_8;
    }
    if (firstInvalid(b, n, whole, WINDOWS_31J) < 0) {
      return WINDOWS_31J;
    }
    throw new ReadFailure(DataMessages.undeterminedEncoding(badUtf8), 0, 0);
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
