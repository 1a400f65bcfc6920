package dev.plimsoll;

import java.util.OptionalInt;

/**
 * Input from outside that Plimsoll refuses: a file it cannot read, a Dockerfile it cannot parse, a
 * malformed configuration. The message is one line that names the file and, where there is one, the
 * line. The CLI turns it into exit code 2; bugs stay unchecked.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public BadInputException(String file, int line, String problem) {
    super(problem);
    this.file = file;
    this.line = line;
  }

  public BadInputException(String file, String problem) {
    this(file, 0, problem);
  }

  public BadInputException(String file, String problem, Throwable cause) {
    super(problem, cause);
    this.file = file;
    this.line = 0;
  }

  /** The file (or other source) that was being read. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, when there is one. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** What is wrong, without the location. */
  public String problem() {
    return super.getMessage();
  }

  /** {@code file:line: problem}, the one line a user sees. */
  @Override
  public String getMessage() {
    return line > 0 ? file + ":" + line + ": " + problem() : file + ": " + problem();
  }
}
