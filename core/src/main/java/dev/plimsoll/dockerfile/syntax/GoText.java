package dev.plimsoll.dockerfile.syntax;

/**
 * The character classes BuildKit's Go code uses, so that trimming and splitting agree with it:
 * {@code unicode.IsSpace}, {@code strings.TrimSpace} and the {@code [\t\v\f\r ]} class of its
 * {@code reWhitespace}. Java's own {@code isWhitespace} and {@code strip} differ (NBSP, NEL).
 */
final class GoText {
  private GoText() {}

  /** Go's {@code unicode.IsSpace}. */
  static boolean isSpace(int c) {
    if (c <= 0xFF) {
      return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0x85
          || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** The class {@code [\t\v\f\r ]} of BuildKit's {@code reWhitespace}; no newline. */
  static boolean isBlank(char c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }

  /** Go's {@code strings.TrimSpace}. */
  static String trimSpace(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return trimLeadingSpace(s.substring(0, end));
  }

  /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
  static String trimLeadingSpace(String s) {
    int start = 0;
    while (start < s.length() && isSpace(s.charAt(start))) {
      start++;
    }
    return s.substring(start);
  }

  /** Go's {@code bytes.TrimRight(line, "\r\n")}: every trailing CR and LF. */
  static String trimNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  /** BuildKit's {@code isComment}: the first non-space character is {@code #}. */
  static boolean isComment(String line) {
    String trimmed = trimLeadingSpace(line);
    return !trimmed.isEmpty() && trimmed.charAt(0) == '#';
  }
}
