package dev.plimsoll.image.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a blob through while hashing it, and at its end compares the hash with the digest that
 * names the blob (OCI image spec, descriptor.md, "Verification"): the last read throws {@link
 * BlobDigestException} instead of returning -1, so a reader that gets to the end has read exactly
 * the promised bytes.
 */
final class VerifyingInputStream extends FilterInputStream {
  private final String expected;
  private final String what;
  private final MessageDigest hash;
  private BlobDigestException failure;
  private boolean done;

  /**
   * @param expected a digest that {@code Descriptor.isDigest} accepts
   * @param what the blob, for the message: {@code app.tar: layer 2 (blobs/sha256/ab…)}
   */
  VerifyingInputStream(InputStream in, String expected, String what) {
    super(in);
    this.expected = expected;
    this.what = what;
    this.hash = hasher(expected);
  }

  static MessageDigest hasher(String digest) {
    try {
      return MessageDigest.getInstance(digest.startsWith("sha512:") ? "SHA-512" : "SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256 and SHA-512", e);
    }
  }

  /** {@code sha256:<hex>} of {@code bytes}, hashed as {@code like} is. */
  static String digestOf(byte[] bytes, String like) {
    MessageDigest md = hasher(like);
    return like.substring(0, like.indexOf(':') + 1) + HexFormat.of().formatHex(md.digest(bytes));
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      return end();
    }
    hash.update((byte) b);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      return end();
    }
    hash.update(b, off, n);
    return n;
  }

  /** Skipped bytes are read, since they count towards the digest. */
  @Override
  public long skip(long n) throws IOException {
    return skipByReading(this, n);
  }

  /** Skips by reading through {@code in}'s own read, so its checks see every byte. */
  static long skipByReading(InputStream in, long n) throws IOException {
    byte[] buffer = new byte[8192];
    long left = n;
    while (left > 0) {
      int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (r < 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private int end() throws BlobDigestException {
    if (!done) {
      done = true;
      String actual =
          expected.substring(0, expected.indexOf(':') + 1)
              + HexFormat.of().formatHex(hash.digest());
      if (!actual.equals(expected)) {
        failure =
            new BlobDigestException(
                what + ": content hashes to " + actual + ", not " + expected + " as named");
      }
    }
    if (failure != null) {
      throw failure;
    }
    return -1;
  }
}
