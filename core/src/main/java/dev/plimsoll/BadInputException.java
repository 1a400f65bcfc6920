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
    super(oneLine(problem));
    this.file = oneLine(file);
    this.line = line;
  }

  public BadInputException(String file, String problem) {
    this(file, 0, problem);
  }

  public BadInputException(String file, String problem, Throwable cause) {
    super(oneLine(problem), cause);
    this.file = oneLine(file);
    this.line = 0;
  }

  /**
   * The text with control characters written as {@code \xNN}: file names and problems quote the
   * input (a heredoc delimiter, a key), and the promise is one line that cannot repaint a terminal.
   */
  static String oneLine(String text) {
    String t = text == null ? "" : text;
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (out == null) {
          out = new StringBuilder(t.length() + 8).append(t, 0, i);
        }
        out.append(String.format("\\x%02x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? t : out.toString();
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
