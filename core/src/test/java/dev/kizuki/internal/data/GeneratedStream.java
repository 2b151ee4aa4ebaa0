package dev.kizuki.internal.data;

import java.io.InputStream;

/** The prefix, then the letter x up to {@code size} bytes, generated on the fly: a huge input without a file. */
final class GeneratedStream extends InputStream {
  private final byte[] prefix;
  private final long size;
  long served;

  GeneratedStream(byte[] prefix, long size) {
    this.prefix = prefix;
    this.size = size;
  }

  @Override
  public int read() {
    if (served >= size) {
      return -1;
    }
    int b = served < prefix.length ? prefix[(int) served] : 'x';
    served++;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (served >= size) {
      return -1;
    }
    int n = (int) Math.min(len, size - served);
    for (int i = 0; i < n; i++) {
      b[off + i] = served < prefix.length ? prefix[(int) served] : (byte) 'x';
      served++;
    }
    return n;
  }
}
