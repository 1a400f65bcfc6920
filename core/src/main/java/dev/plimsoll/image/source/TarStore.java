package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The regular files of a tar archive ({@code docker save}, an OCI archive), read by seeking to
 * them: {@link TarFile} reads the headers once and every entry is then a bounded view of the file.
 */
final class TarStore implements BlobStore {
  private final String file;
  private final TarFile tar;
  private final Optional<Path> path;
  private final Map<String, TarArchiveEntry> entries = new HashMap<>();

  private TarStore(String file, TarFile tar, Optional<Path> path) {
    this.file = file;
    this.tar = tar;
    this.path = path;
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
      return open(file, Files.newByteChannel(path), Optional.of(path));
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read: " + e.getMessage());
    }
  }

  /** The archive in {@code channel}, which the store closes. */
  static TarStore open(String file, SeekableByteChannel channel) throws BadInputException {
    return open(file, channel, Optional.empty());
  }

  private static TarStore open(String file, SeekableByteChannel channel, Optional<Path> path)
      throws BadInputException {
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
    return new TarStore(file, tar, path);
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
    TarArchiveEntry e0 = get(entry);
    try {
      if (path.isPresent() && !e0.isSparse()) {
        // A channel of its own per stream: layers are read by two threads at once, and a shared
        // channel's position would be moved under one reader by the other.
        FileChannel channel = FileChannel.open(path.get(), StandardOpenOption.READ);
        channel.position(e0.getDataOffset());
        return BoundedInputStream.builder()
            .setInputStream(Channels.newInputStream(channel))
            .setMaxCount(e0.getSize())
            .setPropagateClose(true)
            .get();
      }
      // In memory (the fuzz target) or sparse: TarFile's own view, one reader at a time.
      InputStream in = tar.getInputStream(e0);
      return new java.io.FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          synchronized (TarStore.this) {
            return super.read();
          }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          synchronized (TarStore.this) {
            return super.read(b, off, len);
          }
        }
      };
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
