package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of an image's storage, by the names its manifests use: the entries of a tar archive or
 * the files under an OCI layout folder. Read in place; nothing is extracted.
 */
interface BlobStore extends AutoCloseable {
  /** The largest JSON document read into memory; manifests and configs are kilobytes. */
  long JSON_CAP = 16L << 20;

  /** The archive or folder, for messages. */
  String file();

  boolean has(String entry);

  /** The size of the stored file. */
  long size(String entry) throws BadInputException;

  InputStream open(String entry) throws BadInputException;

  @Override
  void close();

  /** A small file (a manifest, a config), read whole; over {@link #JSON_CAP} is refused. */
  default byte[] read(String entry) throws BadInputException {
    long size = size(entry);
    if (size > JSON_CAP) {
      throw new BadInputException(
          file(), entry + ": too large: " + size + " bytes, more than " + JSON_CAP + " for JSON");
    }
    try (InputStream in = open(entry)) {
      byte[] bytes = in.readNBytes((int) size);
      if (bytes.length != size) {
        throw new BadInputException(file(), entry + ": cut short at " + bytes.length + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new BadInputException(file(), entry + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * {@code name} as a relative path inside the store, or refused: an entry named by a manifest that
   * is absolute or climbs out with {@code ..} would let a hostile archive point the reader at a
   * file outside it (the "tar slip" of archive extractors).
   *
   * @param where what names it, e.g. {@code manifest.json: Layers[2]}
   */
  static String entryName(String file, String where, String name) throws BadInputException {
    return clean(name)
        .orElseThrow(
            () ->
                new BadInputException(
                    file, where + ": \"" + name + "\" is not a path inside the image"));
  }

  /** {@code a/./b} and {@code ./a/b} as {@code a/b}; empty for an absolute or climbing path. */
  static Optional<String> clean(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(0) >= 0) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : name.split("/", -1)) {
      if (part.equals("..")) {
        return Optional.empty();
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
