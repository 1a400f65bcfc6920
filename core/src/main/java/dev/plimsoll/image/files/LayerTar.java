package dev.plimsoll.image.files;

import dev.plimsoll.BadInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads one layer's uncompressed tar, once, into a {@link LayerListing}: every entry's metadata,
 * and the bytes of the few small files in {@link #KEPT}.
 */
public final class LayerTar {
  /**
   * The files whose content a reading keeps, so that rules can read the accounts an image defines.
   * Only these: memory stays bounded by their number and {@link #KEPT_LIMIT}, per layer.
   */
  public static final Set<String> KEPT =
      Set.of("etc/passwd", "etc/shadow", "etc/group", "etc/gshadow");

  /**
   * The largest file kept, 1 MiB: an account file ten thousand users long is a fraction of it; a
   * larger one is listed with its size and no content.
   */
  public static final int KEPT_LIMIT = 1 << 20;

  private static final String WHITEOUT = ".wh.";
  private static final String OPAQUE = ".wh..wh..opq";
  private static final int PATH_MAX = 4096;

  private LayerTar() {}

  /**
   * Receives the content of a layer's regular files while the layer is read, so that a reader of
   * contents (the package inventory) reads each layer once, together with its listing.
   */
  @FunctionalInterface
  public interface FileContents {
    /**
     * Called once per regular file entry, in tar order. The stream ends with the entry; reading it
     * is optional, closing it is not needed.
     *
     * @param path the normalized path ({@code usr/bin/env})
     * @param size the size in the tar header
     * @param mode the permission bits ({@code 07777})
     * @param content the entry's bytes
     * @throws IOException when the layer stream itself fails while being read
     */
    void accept(String path, long size, int mode, InputStream content) throws IOException;
  }

  /**
   * Lists the layer, reading {@code tar} to its very end so that a source checking digests checks
   * every byte.
   *
   * @param name the layer as messages name it, e.g. {@code docker-archive:app.tar layer 3}
   * @throws BadInputException when the tar is malformed, a path escapes the root, or the stream
   *     fails (a digest mismatch included)
   */
  public static LayerListing read(String name, InputStream tar) throws BadInputException {
    return read(name, tar, (path, size, mode, content) -> {});
  }

  /**
   * Lists the layer as {@link #read(String, InputStream)} does, and hands each regular file's
   * content to {@code files} as it passes.
   *
   * @throws BadInputException as {@link #read(String, InputStream)} does
   */
  public static LayerListing read(String name, InputStream tar, FileContents files)
      throws BadInputException {
    CountingStream counted = new CountingStream(tar);
    List<LayerEntry> entries = new ArrayList<>();
    Map<String, FileText> texts = new HashMap<>();
    long contentSize = 0;
    String last = "";
    try {
      TarArchiveInputStream in = new TarArchiveInputStream(counted);
      TarArchiveEntry header;
      while ((header = in.getNextEntry()) != null) {
        last = header.getName();
        String path = normalize(name, last);
        if (path.isEmpty()) {
          continue; // "./" itself; dive skips it too
        }
        contentSize += header.getRealSize();
        Optional<LayerEntry> entry = toEntry(name, path, header);
        if (entry.isPresent()) {
          entries.add(entry.get());
          keep(entry.get(), in, texts);
          if (entry.get().kind() == EntryKind.FILE) {
            // A kept file's bytes were read just above: hand them on from memory.
            FileText kept = texts.get(path);
            InputStream content =
                kept != null && kept.content().isPresent()
                    ? new java.io.ByteArrayInputStream(
                        kept.content().get().getBytes(StandardCharsets.UTF_8))
                    : unclosable(in);
            files.accept(path, header.getRealSize(), entry.get().mode(), content);
          }
        }
      }
      counted.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | IllegalArgumentException | ArithmeticException e) {
      String where = last.isEmpty() ? "" : " after entry " + last;
      if (counted.failure != null) {
        // The stream itself failed (a digest mismatch, a corrupt gzip), not the tar in it.
        throw new BadInputException(name, counted.failure.getMessage() + where, e);
      }
      throw new BadInputException(name, "not a valid tar" + where + ": " + e.getMessage(), e);
    }
    return new LayerListing(entries, counted.count, contentSize, texts);
  }

  /**
   * Keeps the bytes of a {@link #KEPT} file. A hard link to a kept file of this layer shares its
   * content (a tar stores the bytes once, under the first name: OCI layer.md, "Hardlinks"); a hard
   * link to any other file, or to a lower layer's, is kept without content, as is a symlink's path
   * (not followed), which {@link FileTree#text} does not report.
   */
  private static void keep(LayerEntry entry, TarArchiveInputStream in, Map<String, FileText> texts)
      throws IOException {
    String path = entry.path();
    if (!KEPT.contains(path)) {
      return;
    }
    switch (entry.kind()) {
      case FILE -> {
        Optional<String> content = Optional.empty();
        if (entry.size() <= KEPT_LIMIT) {
          byte[] bytes = in.readNBytes((int) entry.size());
          content = Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        texts.put(path, new FileText(path, entry.size(), content));
      }
      case HARDLINK -> {
        FileText target = texts.get(entry.linkTarget().orElse(""));
        texts.put(
            path,
            target == null
                ? new FileText(path, 0, Optional.empty())
                : new FileText(path, target.size(), target.content()));
      }
      case WHITEOUT, OPAQUE -> {
        // The stacking decides what a marker hides; the tree asks for the version it shows.
      }
      default -> texts.remove(path);
    }
  }

  private static Optional<LayerEntry> toEntry(String name, String path, TarArchiveEntry h)
      throws BadInputException {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    String base = path.substring(slash + 1);
    if (hasAufsFolder(folder)) {
      return Optional.empty();
    }
    EntryKind kind = kind(h);
    String target = path;
    if (base.equals(OPAQUE)) {
      kind = EntryKind.OPAQUE;
      target = folder;
    } else if (base.startsWith(".wh..wh.")) {
      // AUFS's own metadata (.wh..wh.plnk, .wh..wh.aufs): not a whiteout; dive skips it too.
      return Optional.empty();
    } else if (base.startsWith(WHITEOUT)) {
      kind = EntryKind.WHITEOUT;
      String removed = base.substring(WHITEOUT.length());
      if (removed.isEmpty() || removed.equals(".") || removed.equals("..")) {
        throw new BadInputException(name, "entry " + h.getName() + " is a whiteout of no file");
      }
      target = folder.isEmpty() ? removed : folder + "/" + removed;
    }
    Optional<String> link = Optional.empty();
    if (kind == EntryKind.HARDLINK) {
      // OCI layer.md, "Hardlinks": the target is a path in this layer or a lower one.
      link = Optional.of(normalize(name, h.getLinkName()));
    } else if (kind == EntryKind.SYMLINK) {
      link = Optional.of(h.getLinkName());
    }
    return Optional.of(
        new LayerEntry(
            target,
            kind,
            h.getRealSize(),
            h.getMode() & 07777,
            h.getLongUserId(),
            h.getLongGroupId(),
            link));
  }

  /** The entry's stream, which a consumer's close must not turn into closing the whole layer. */
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private static boolean hasAufsFolder(String folder) {
    for (String part : folder.split("/", -1)) {
      if (part.startsWith(".wh..wh.")) {
        return true;
      }
    }
    return false;
  }

  private static EntryKind kind(TarArchiveEntry h) {
    if (h.isSymbolicLink()) {
      return EntryKind.SYMLINK;
    } else if (h.isLink()) {
      return EntryKind.HARDLINK;
    } else if (h.isDirectory()) {
      return EntryKind.DIRECTORY;
    } else if (h.isCharacterDevice()) {
      return EntryKind.CHAR_DEVICE;
    } else if (h.isBlockDevice()) {
      return EntryKind.BLOCK_DEVICE;
    } else if (h.isFIFO()) {
      return EntryKind.FIFO;
    }
    return EntryKind.FILE;
  }

  /**
   * The path without a leading {@code /} or {@code ./}, {@code .} and {@code ..} resolved like Go's
   * {@code path.Clean} (which dive applies); {@code ""} for the root.
   *
   * @throws BadInputException when a {@code ..} climbs above the root
   */
  public static String normalize(String name, String raw) throws BadInputException {
    if (raw.length() > PATH_MAX) {
      // No Linux file system holds such a path (PATH_MAX, limits.h); refusing it also bounds the
      // depth of every tree walk.
      throw new BadInputException(
          name, "entry " + raw.substring(0, 64) + "... is longer than " + PATH_MAX + " bytes");
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : raw.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw new BadInputException(name, "entry " + raw + " escapes the root");
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
