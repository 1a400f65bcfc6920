package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The regular files of a tar archive ({@code docker save}, an OCI archive), read by seeking to
 * them: {@link TarFile} reads the headers once and every entry is then a bounded view of the file.
 */
final class TarStore implements BlobStore {
  private final String file;
  private final TarFile tar;
  private final Map<String, TarArchiveEntry> entries = new HashMap<>();

  private TarStore(String file, TarFile tar) {
    this.file = file;
    this.tar = tar;
    for (TarArchiveEntry e : tar.getEntries()) {
      // Entries whose names leave the archive cannot be named by a manifest (see entryName), so
      // they are left out rather than refused: the archive may hold files Plimsoll never reads.
      if (e.isFile()) {
        BlobStore.clean(e.getName()).ifPresent(name -> entries.put(name, e));
      }
    }
  }

  static TarStore open(String file, Path path) throws BadInputException {
    try {
      return open(file, Files.newByteChannel(path));
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + e.getMessage());
    }
  }

  /** The archive in {@code channel}, which the store closes. */
  static TarStore open(String file, SeekableByteChannel channel) throws BadInputException {
    TarFile tar;
    try {
      tar = new TarFile(channel);
    } catch (IOException | RuntimeException e) {
      // Commons Compress reports a malformed header with IllegalArgumentException at times; to
      // the user both are the same: these bytes are not a tar archive.
      closeQuietly(channel);
      throw new BadInputException(file, "not a tar archive: " + e.getMessage());
    }
    if (tar.getEntries().isEmpty() && !endOfArchive(file, channel)) {
      // TarFile reads short garbage as an archive of nothing; a real empty tar is zero blocks.
      close(tar);
      throw new BadInputException(file, "not a tar archive: no tar header at the start");
    }
    return new TarStore(file, tar);
  }

  /** Whether the archive starts with the zero block that ends a tar (POSIX ustar). */
  private static boolean endOfArchive(String file, SeekableByteChannel channel)
      throws BadInputException {
    try {
      ByteBuffer block = ByteBuffer.allocate(512);
      channel.position(0);
      while (block.hasRemaining() && channel.read(block) > 0) {
        // Fill the block, or stop at the end of the file.
      }
      block.flip();
      while (block.hasRemaining()) {
        if (block.get() != 0) {
          return false;
        }
      }
      return block.limit() == 512;
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + e.getMessage());
    }
  }

  private static void closeQuietly(SeekableByteChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Read-only: nothing was written that closing could lose.
    }
  }

  private static void close(TarFile tar) {
    try {
      tar.close();
    } catch (IOException e) {
      // Read-only: nothing was written that closing could lose.
    }
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public boolean has(String entry) {
    return entries.containsKey(entry);
  }

  @Override
  public long size(String entry) throws BadInputException {
    return get(entry).getSize();
  }

  @Override
  public InputStream open(String entry) throws BadInputException {
    try {
      return tar.getInputStream(get(entry));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(file, entry + ": cannot read: " + e.getMessage());
    }
  }

  private TarArchiveEntry get(String entry) throws BadInputException {
    TarArchiveEntry e = entries.get(entry);
    if (e == null) {
      throw new BadInputException(file, entry + ": not in the archive");
    }
    return e;
  }

  @Override
  public void close() {
    close(tar);
  }
}
