package dev.plimsoll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a small input file whole, refusing one larger than it can be, in one clear line. */
public final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * The bytes of {@code path}, at most {@code max} of them.
   *
   * @param tooLarge what to say when the file holds more than {@code max} bytes
   * @throws BadInputException naming the file: missing, unreadable or too large
   */
  public static byte[] read(Path path, int max, String tooLarge) throws BadInputException {
    String name = path.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(max + 1);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, "no such file", e);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > max) {
      throw new BadInputException(name, tooLarge);
    }
    return bytes;
  }
}
