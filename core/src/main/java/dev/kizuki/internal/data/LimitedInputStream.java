package dev.kizuki.internal.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails with {@link ReadFailure} once more than {@code maxBytes} have been read, so a huge file is rejected as
 * it streams. Does not close the wrapped stream: the caller owns it.
 */
final class LimitedInputStream extends FilterInputStream {
  private final long maxBytes;
  private long count;

  LimitedInputStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws ReadFailure {
    count += n;
    if (count > maxBytes) {
      throw new ReadFailure(DataMessages.fileTooLarge(maxBytes), 0, 0);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
