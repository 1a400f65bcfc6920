package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads the files named on the command line; {@code -} is standard input. */
final class Inputs {
  /** Standard input is read up to this size; a Dockerfile this big is not a Dockerfile. */
  static final int STDIN_LIMIT = 64 * 1024 * 1024;

  private Inputs() {}

  static String displayName(String arg) {
    return arg.equals("-") ? "<stdin>" : arg;
  }

  static String readText(String arg) throws BadInputException {
    if (!arg.equals("-")) {
      return DockerfileText.read(Path.of(arg), arg);
    }
    return DockerfileText.decode(readStdin(System.in), displayName(arg));
  }

  static byte[] readStdin(InputStream in) throws BadInputException {
    try {
      byte[] bytes = in.readNBytes(STDIN_LIMIT + 1);
      if (bytes.length > STDIN_LIMIT) {
        throw new BadInputException(
            "<stdin>", "larger than " + STDIN_LIMIT / (1024 * 1024) + " MiB");
      }
      return bytes;
    } catch (IOException e) {
      throw new BadInputException("<stdin>", "cannot read: " + e.getMessage());
    }
  }
}
