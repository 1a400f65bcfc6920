package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages of one rpm database, from its header blobs as a reader finds them, with the bounds
 * every rpm database reader keeps: one header at most {@value #MAX_BLOB} bytes, all of them
 * together at most {@value #MAX_TOTAL}.
 */
final class RpmHeaders {
  /** A large package's header is a few MiB; no real one comes near this. */
  static final int MAX_BLOB = 64 * 1024 * 1024;

  static final long MAX_TOTAL = 512L * 1024 * 1024;

  private final String path;
  private final List<FoundPackage> packages = new ArrayList<>();
  private long total;

  RpmHeaders(String path) {
    this.path = path;
  }

  /** Whether {@code length} more bytes of headers stay within {@link #MAX_TOTAL}. */
  boolean fits(long length) {
    return total + length <= MAX_TOTAL;
  }

  /** Counts the header of package {@code number} and keeps its package (not a gpg-pubkey). */
  void add(long number, byte[] blob) throws BadInputException {
    total += blob.length;
    if (total > MAX_TOTAL) {
      throw new BadInputException(path, "headers of more than " + MAX_TOTAL + " bytes");
    }
    RpmSqlite.fromBlob(path, number, blob).ifPresent(packages::add);
  }

  List<FoundPackage> packages() {
    return packages;
  }
}
