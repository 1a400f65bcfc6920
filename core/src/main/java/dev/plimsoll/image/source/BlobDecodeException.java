package dev.plimsoll.image.source;

import java.io.IOException;

/**
 * A layer whose stored bytes cannot be decompressed: a gzip or zstd stream cut short or corrupt.
 * Like {@link BlobDigestException}, thrown from a read of the layer stream, with a one-line message
 * that names the image and the layer.
 */
public class BlobDecodeException extends IOException {
  private static final long serialVersionUID = 1L;

  public BlobDecodeException(String message) {
    super(message);
  }
}
