package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Finds the packages one file format records: one implementation per format (a dpkg status file, a
 * package-lock.json, a Go binary). Catalogers hold no state; the walkers decide which files they
 * see, cap what they read, and attach layers.
 */
interface Cataloger {
  /** 64 MiB: larger than any package database seen in practice, small enough to hold. */
  long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** A short name for messages: {@code dpkg}, {@code java}. */
  String name();

  /**
   * Whether it reads this file.
   *
   * @param path the path relative to the root, {@code /}-separated, no leading {@code /}
   * @param size the file's size in bytes
   * @param mode the permission bits ({@code 07777})
   */
  boolean wants(String path, long size, int mode);

  /** The most bytes it reads of one file: a larger file is skipped, and the skip reported. */
  default long maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  /**
   * The packages the file records, each with {@code path} as its path (or a path inside it).
   *
   * @param content the file's bytes; the caller closes it
   * @throws BadInputException when the file is not what its name says, with the problem
   * @throws IOException when the bytes are malformed for a library reading them (a corrupt zip), or
   *     the stream fails; the caller tells the two apart
   */
  List<FoundPackage> read(String path, InputStream content) throws BadInputException, IOException;
}
