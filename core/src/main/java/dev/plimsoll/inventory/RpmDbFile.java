package dev.plimsoll.inventory;

import dev.plimsoll.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An rpm database file copied to a temporary file for random access: the Berkeley DB and ndb
 * formats point from page to page, and a stream only goes forward; SQLite opens the copy itself.
 * Only the parts asked for are in memory, whatever the file's size; the copy is deleted on {@link
 * #close}.
 */
final class RpmDbFile implements Closeable {
  private final String path;
  private final Path copy;
  private final FileChannel channel;
  private final long size;

  private RpmDbFile(String path, Path copy, FileChannel channel, long size) {
    this.path = path;
    this.copy = copy;
    this.channel = channel;
    this.size = size;
  }

  /** Copies {@code content}, which the caller closes; {@code path} names it in problems. */
  static RpmDbFile copy(String path, InputStream content) throws IOException {
    Path copy = Files.createTempFile("plimsoll-rpmdb", ".db");
    try {
      Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
      FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ);
      return new RpmDbFile(path, copy, channel, channel.size());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  long size() {
    return size;
  }

  /** The temporary copy, for a reader that opens files itself (SQLite reads no streams). */
  Path copyPath() {
    return copy;
  }

  /**
   * {@code length} bytes from {@code offset}, in {@code order}.
   *
   * @throws BadInputException when the file ends before them: it was cut short
   */
  ByteBuffer read(long offset, int length, ByteOrder order) throws BadInputException, IOException {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new BadInputException(
          path,
          "truncated: wants "
              + length
              + " bytes at offset "
              + offset
              + " of a "
              + size
              + "-byte file");
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(order);
    while (b.hasRemaining()) {
      if (channel.read(b, offset + b.position()) < 0) {
        throw new IOException(path + ": shrank while read");
      }
    }
    return b.flip();
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
