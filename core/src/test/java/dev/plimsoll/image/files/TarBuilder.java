package dev.plimsoll.image.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Builds a layer tar in memory, as a builder would write it. */
public final class TarBuilder {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

  public TarBuilder() {
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
  }

  public TarBuilder dir(String name) {
    return put(new TarArchiveEntry(name.endsWith("/") ? name : name + "/"), new byte[0]);
  }

  /** A folder with the permission bits {@code mode}, e.g. {@code 01777}. */
  public TarBuilder dir(String name, int mode) {
    TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
    entry.setMode(040000 | mode);
    return put(entry, new byte[0]);
  }

  /** A file of {@code size} bytes. */
  public TarBuilder file(String name, int size) {
    return file(name, new byte[size]);
  }

  public TarBuilder file(String name, String content) {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  public TarBuilder file(String name, byte[] content) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    return put(entry, content);
  }

  /** A file of {@code size} bytes with the permission bits {@code mode}, e.g. {@code 04755}. */
  public TarBuilder file(String name, int size, int mode) {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(size);
    entry.setMode(mode);
    return put(entry, new byte[size]);
  }

  public TarBuilder symlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
    entry.setLinkName(target);
    return put(entry, new byte[0]);
  }

  public TarBuilder hardlink(String name, String target) {
    TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
    entry.setLinkName(target);
    return put(entry, new byte[0]);
  }

  /** An OCI whiteout: {@code .wh.NAME} next to NAME. */
  public TarBuilder whiteout(String name) {
    int slash = name.lastIndexOf('/');
    return file(name.substring(0, slash + 1) + ".wh." + name.substring(slash + 1), 0);
  }

  public TarBuilder opaque(String folder) {
    return file(folder + "/.wh..wh..opq", 0);
  }

  private TarBuilder put(TarArchiveEntry entry, byte[] content) {
    try {
      tar.putArchiveEntry(entry);
      tar.write(content);
      tar.closeArchiveEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public byte[] build() {
    try {
      tar.finish();
      tar.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
