package dev.plimsoll.context;

/**
 * The syntax check of Go's {@code filepath.Match} on Unix (Go 1.16 and later check the whole
 * pattern whatever the name): patternmatcher calls it only to refuse bad patterns, such as an
 * unclosed {@code [} or a trailing backslash.
 */
final class GlobSyntax {
  private GlobSyntax() {}

  /**
   * @throws IllegalArgumentException naming the problem, when {@code filepath.Match} returns {@code
   *     ErrBadPattern}
   */
  static void check(String pattern) {
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          throw bad(pattern, "trailing backslash");
        }
        i += 2;
      } else if (c == '[') {
        i = checkClass(pattern, i + 1);
      } else {
        i++;
      }
    }
  }

  /** A character class after its {@code [}; returns the index after its {@code ]}. */
  private static int checkClass(String p, int start) {
    int i = start;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    int ranges = 0;
    while (true) {
      if (i < p.length() && p.charAt(i) == ']' && ranges > 0) {
        return i + 1;
      }
      i = escaped(p, i);
      if (p.charAt(i) == '-') {
        i = escaped(p, i + 1);
      }
      ranges++;
    }
  }

  /** Go's {@code getEsc}: one possibly escaped character that must not end the pattern. */
  private static int escaped(String p, int at) {
    int i = at;
    if (i >= p.length()) {
      throw bad(p, "unclosed [");
    }
    if (p.charAt(i) == '-' || p.charAt(i) == ']') {
      throw bad(p, "bad character class");
    }
    if (p.charAt(i) == '\\') {
      i++;
      if (i >= p.length()) {
        throw bad(p, "trailing backslash");
      }
    }
    i += Character.charCount(p.codePointAt(i));
    if (i >= p.length()) {
      throw bad(p, "unclosed [");
    }
    return i;
  }

  private static IllegalArgumentException bad(String pattern, String why) {
    return new IllegalArgumentException("syntax error in pattern \"" + pattern + "\": " + why);
  }
}
