package dev.plimsoll.image.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of an uncompressed tar, and keeps the failure of the stream itself apart from
 * the tar reader's own complaints.
 */
final class CountingStream extends FilterInputStream {
  private final byte[] skipped = new byte[8192];
  long count;
  IOException failure;

  CountingStream(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    try {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    try {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public boolean markSupported() {
    // TarArchiveInputStream peeks past the end-of-archive record with mark/reset when it can;
    // re-read bytes would be counted twice (found by LayerTarFuzzTest).
    return false;
  }

  @Override
  public long skip(long n) throws IOException {
    // Read rather than skip, so a source checking digests sees every byte.
    if (n <= 0) {
      return 0;
    }
    return Math.max(0, read(skipped, 0, (int) Math.min(n, skipped.length)));
  }
}
