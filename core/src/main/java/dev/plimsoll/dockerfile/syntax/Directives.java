package dev.plimsoll.dockerfile.syntax;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) and the escape
 * character they set, after BuildKit's {@code DirectiveParser}: directives are read from the top of
 * the file until the first line that is not one (a blank line, an instruction, any other comment,
 * or a directive BuildKit does not know); a directive may appear once.
 */
final class Directives {
  private final String file;
  private final Set<String> seen = new HashSet<>();
  private boolean done;
  private char escape = '\\';
  private Optional<String> syntax = Optional.empty();
  private Optional<String> check = Optional.empty();

  Directives(String file) {
    this.file = file;
  }

  char escape() {
    return escape;
  }

  Optional<String> syntax() {
    return syntax;
  }

  Optional<String> check() {
    return check;
  }

  /**
   * Looks at one line (trailing newline and, for a first line, leading space already removed) and
   * returns whether it was a directive.
   */
  boolean offer(String line, int lineNumber) throws DockerfileSyntaxException {
    if (done) {
      return false;
    }
    Optional<String[]> match = match(line);
    if (match.isEmpty()) {
      done = true;
      return false;
    }
    String key = match.get()[0];
    String value = match.get()[1];
    if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
      done = true;
      return false;
    }
    if (!seen.add(key)) {
      throw new DockerfileSyntaxException(
          file, lineNumber, "only one " + key + " parser directive can be used");
    }
    switch (key) {
      case "escape" -> {
        if (!value.equals("`") && !value.equals("\\")) {
          throw new DockerfileSyntaxException(
              file, lineNumber, "invalid escape token '" + value + "' does not match ` or \\");
        }
        escape = value.charAt(0);
      }
      case "syntax" -> syntax = Optional.of(value);
      default -> check = Optional.of(value);
    }
    return true;
  }

  /**
   * BuildKit's {@code ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} (with Go's {@code \s}, which has
   * no vertical tab), written out by hand so a long first line costs linear time. Returns the
   * lower-cased key and the value.
   */
  private static Optional<String[]> match(String line) {
    int n = line.length();
    if (n == 0 || line.charAt(0) != '#') {
      return Optional.empty();
    }
    int i = skipSpace(line, 1);
    int keyStart = i;
    if (i >= n || !isAsciiLetter(line.charAt(i))) {
      return Optional.empty();
    }
    while (i < n && (isAsciiLetter(line.charAt(i)) || isAsciiDigit(line.charAt(i)))) {
      i++;
    }
    String key = line.substring(keyStart, i).toLowerCase(java.util.Locale.ROOT);
    i = skipSpace(line, i);
    if (i >= n || line.charAt(i) != '=') {
      return Optional.empty();
    }
    int afterEquals = i + 1;
    if (afterEquals >= n) {
      return Optional.empty();
    }
    int valueStart = skipSpace(line, afterEquals);
    int valueEnd = n;
    while (valueEnd > valueStart && isGoRegexpSpace(line.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    // Only spaces after '=': the lazy (.+?) still needs one character and takes the last one.
    String value = valueStart == n ? line.substring(n - 1) : line.substring(valueStart, valueEnd);
    return Optional.of(new String[] {key, value});
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && isGoRegexpSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Go regexp's {@code \s}: {@code [\t\n\f\r ]}. */
  private static boolean isGoRegexpSpace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * BuildKit's line-continuation test, {@code ([^E])E[ \t]*$|^E[ \t]*$} for escape {@code E}: the
   * line's last character other than space or tab is the escape, and the escape is not itself
   * escaped. Returns the line without it (and what trails it), or empty when the line does not
   * continue.
   */
  Optional<String> continued(String line) {
    int i = line.length();
    while (i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
      i--;
    }
    if (i == 0 || line.charAt(i - 1) != escape) {
      return Optional.empty();
    }
    if (i >= 2 && line.charAt(i - 2) == escape) {
      return Optional.empty();
    }
    return Optional.of(line.substring(0, i - 1));
  }
}
