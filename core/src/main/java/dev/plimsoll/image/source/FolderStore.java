package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of an OCI layout folder (OCI image spec, image-layout.md), read in place. */
final class FolderStore implements BlobStore {
  private final String file;
  private final Path root;

  FolderStore(String file, Path root) throws BadInputException {
    this.file = file;
    try {
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new BadInputException(file, "cannot read the folder: " + e.getMessage());
    }
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public boolean has(String entry) {
    return resolve(entry) != null;
  }

  @Override
  public long size(String entry) throws BadInputException {
    try {
      return Files.size(get(entry));
    } catch (IOException e) {
      throw new BadInputException(file, entry + ": cannot read: " + e.getMessage());
    }
  }

  @Override
  public InputStream open(String entry) throws BadInputException {
    try {
      return Files.newInputStream(get(entry));
    } catch (IOException e) {
      throw new BadInputException(file, entry + ": cannot read: " + e.getMessage());
    }
  }

  private Path get(String entry) throws BadInputException {
    Path p = resolve(entry);
    if (p == null) {
      throw new BadInputException(file, entry + ": not in the layout");
    }
    return p;
  }

  /**
   * The regular file, or null; a symbolic link that leads out of the folder counts as absent, as a
   * {@code ..} in a name does (see {@link BlobStore#entryName}).
   */
  private Path resolve(String entry) {
    try {
      Path p = root.resolve(entry).toRealPath();
      return p.startsWith(root) && Files.isRegularFile(p) ? p : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {}
}
