package dev.plimsoll.inventory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than {@code max} bytes have been read through it: the bound on what
 * a cataloger, or an archive entry, may make the inventory read.
 */
final class Limited extends FilterInputStream {
  private final long max;
  private long count;

  Limited(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  /** The bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public void close() {}

  private void count(long n) throws IOException {
    count += n;
    if (count > max) {
      throw new IOException("more than " + max + " bytes");
    }
  }
}
