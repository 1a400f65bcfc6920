package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An archive spooled to a temporary file (the Docker Engine's {@code docker save} stream, see
 * {@link DockerEngine}), read as a {@link TarStore} and deleted, with its folder, on close.
 */
final class SpooledStore implements BlobStore {
  private final TarStore tar;
  private final Path dir;
  private final Path file;

  private SpooledStore(TarStore tar, Path dir, Path file) {
    this.tar = tar;
    this.dir = dir;
    this.file = file;
  }

  /** The archive {@code file} in {@code dir}, named {@code name} in messages. */
  static SpooledStore open(String name, Path dir, Path file) throws BadInputException {
    return new SpooledStore(TarStore.open(name, file), dir, file);
  }

  /** Deletes the spool; what cannot be deleted now is left to deleteOnExit. */
  static void delete(Path dir, Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // Registered with deleteOnExit when made: the JVM tries again at exit.
    }
  }

  @Override
  public String file() {
    return tar.file();
  }

  @Override
  public boolean has(String entry) {
    return tar.has(entry);
  }

  @Override
  public long size(String entry) throws BadInputException {
    return tar.size(entry);
  }

  @Override
  public InputStream open(String entry) throws BadInputException {
    return tar.open(entry);
  }

  @Override
  public void close() {
    try {
      tar.close();
    } finally {
      delete(dir, file);
    }
  }
}
