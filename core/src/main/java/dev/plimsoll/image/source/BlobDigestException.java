package dev.plimsoll.image.source;

import java.io.IOException;

/**
 * A blob whose bytes do not match the digest that names it: a corrupt download, a lying registry, a
 * tampered archive. Thrown from a stream's last read, so nothing half-checked is trusted.
 */
public class BlobDigestException extends IOException {
  private static final long serialVersionUID = 1L;

  public BlobDigestException(String message) {
    super(message);
  }
}
