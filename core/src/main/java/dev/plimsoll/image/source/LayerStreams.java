package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A layer's stored bytes as an uncompressed tar. The compression is told by the first bytes, not by
 * the media type: Docker's {@code manifest.json} gives none, and tools mislabel. The OCI image spec
 * (layer.md) allows gzip and zstd; plain tar is what {@code docker save} stores before Docker 25.
 */
final class LayerStreams {
  enum Compression {
    GZIP,
    ZSTD,
    NONE
  }

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
  private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

  private LayerStreams() {}

  static Compression sniff(byte[] head) {
    if (startsWith(head, GZIP_MAGIC)) {
      return Compression.GZIP;
    }
    return startsWith(head, ZSTD_MAGIC) ? Compression.ZSTD : Compression.NONE;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  /**
   * The uncompressed tar of {@code stored}, checked against {@code diffId} at its end. {@code
   * stored} is already checked against the blob's own digest; at the end of the uncompressed stream
   * it is read to its end too, since a decoder may stop before the stored bytes do.
   *
   * @param storedDigest the digest {@code stored} is checked against, if any: an uncompressed layer
   *     named by its diff ID (Docker 25) is then not hashed twice
   */
  static InputStream decode(
      InputStream stored,
      Optional<String> storedDigest,
      Optional<String> diffId,
      String file,
      String what)
      throws BadInputException {
    BufferedInputStream in = new BufferedInputStream(stored, 1 << 16);
    Compression compression;
    InputStream decoder;
    try {
      in.mark(4);
      compression = sniff(in.readNBytes(4));
      in.reset();
      decoder =
          switch (compression) {
            case GZIP -> new GZIPInputStream(in, 1 << 16);
            case ZSTD -> new ZstdInputStream(in);
            case NONE -> in;
          };
    } catch (IOException | MalformedInputException e) {
      close(in);
      throw new BadInputException(
          file, what + ": cannot start to read the layer: " + e.getMessage());
    }
    InputStream out = new Decoded(decoder, in, file + ": " + what, compression);
    if (compression == Compression.NONE && diffId.equals(storedDigest)) {
      return out;
    }
    return diffId
        .<InputStream>map(
            d -> new VerifyingInputStream(out, d, file + ": " + what + " uncompressed"))
        .orElse(out);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Read-only; nothing to lose.
    }
  }

  /** Turns a decoder's failures into one line naming the layer, and drains the stored bytes. */
  private static final class Decoded extends FilterInputStream {
    private final InputStream stored;
    private final String what;
    private final Compression compression;

    Decoded(InputStream decoder, InputStream stored, String what, Compression compression) {
      super(decoder);
      this.stored = stored;
      this.what = what;
      this.compression = compression;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (BlobDigestException e) {
        throw e;
      } catch (IOException | MalformedInputException e) {
        throw new BlobDecodeException(
            compression == Compression.NONE
                ? what + ": cannot read: " + e.getMessage()
                : what
                    + ": "
                    + compression.name().toLowerCase(Locale.ROOT)
                    + " stream is corrupt or cut short: "
                    + e.getMessage());
      }
      if (n < 0 && compression != Compression.NONE) {
        // Trailing bytes after the last gzip member or zstd frame still count for the digest.
        stored.transferTo(OutputStream.nullOutputStream());
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return VerifyingInputStream.skipByReading(this, n);
    }
  }
}
