package dev.plimsoll.context;

import java.util.Map;

/**
 * Reads the regular expressions patternmatcher builds as Go's RE2 reads them, and writes the same
 * language for {@code java.util.regex}. The two dialects part on what patternmatcher passes through
 * from a pattern: inside a class RE2 takes {@code [} and {@code &&} literally and knows {@code
 * [:alpha:]}; {@code $} is the end of the text, not of a line. Every literal is written as {@code
 * \x{...}} so nothing is read twice. Escapes that RE2 takes but that have no use in a file name
 * ({@code \p}, {@code \Q}, octal) are refused as bad patterns.
 */
final class Re2ToJava {
  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("alnum", "\\p{Alnum}"),
          Map.entry("alpha", "\\p{Alpha}"),
          Map.entry("ascii", "\\p{ASCII}"),
          Map.entry("blank", "\\p{Blank}"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("digit", "\\p{Digit}"),
          Map.entry("graph", "\\p{Graph}"),
          Map.entry("lower", "\\p{Lower}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("space", "\\p{Space}"),
          Map.entry("upper", "\\p{Upper}"),
          Map.entry("word", "\\w"),
          Map.entry("xdigit", "\\p{XDigit}"));

  private final String re;
  private int at;
  private final StringBuilder out = new StringBuilder();

  private Re2ToJava(String re) {
    this.re = re;
  }

  /**
   * @throws IllegalArgumentException where Go's {@code regexp.Compile} fails
   */
  static String translate(String re2) {
    Re2ToJava t = new Re2ToJava(re2);
    t.run();
    return t.out.toString();
  }

  private void run() {
    while (at < re.length()) {
      int c = next();
      switch (c) {
        case '\\' -> escapeOutside();
        case '[' -> charClass();
        case '.', '*', '?', '(', ')', '^' -> out.append((char) c);
        case '$' -> out.append("\\z");
        default -> literal(out, c);
      }
    }
  }

  private void escapeOutside() {
    if (at >= re.length()) {
      throw bad("trailing backslash at end of expression");
    }
    int c = next();
    if (c < 0x80 && !Character.isLetterOrDigit(c)) {
      literal(out, c);
    } else if ("dDsSwWbBAz".indexOf(c) >= 0) {
      out.append('\\').append((char) c);
    } else {
      literal(out, simpleEscape(c));
    }
  }

  /** RE2's one-character escapes; anything else is refused. */
  private int simpleEscape(int c) {
    return switch (c) {
      case 't' -> '\t';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 'f' -> '\f';
      case 'a' -> 7;
      case 'v' -> 11;
      default -> {
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
          yield c;
        }
        throw bad("invalid escape sequence \\" + new String(Character.toChars(c)));
      }
    };
  }

  private void charClass() {
    out.append('[');
    if (at < re.length() && re.charAt(at) == '^') {
      at++;
      out.append('^');
    }
    boolean first = true;
    while (at >= re.length() || re.charAt(at) != ']' || first) {
      if (at >= re.length()) {
        throw bad("missing closing ]");
      }
      first = false;
      if (re.startsWith("[:", at) && namedClass()) {
        continue;
      }
      if (re.charAt(at) == '\\'
          && at + 1 < re.length()
          && "dDsSwW".indexOf(re.charAt(at + 1)) >= 0) {
        out.append(re, at, at + 2);
        at += 2;
        continue;
      }
      int lo = classChar();
      int hi = lo;
      if (at + 1 < re.length() && re.charAt(at) == '-' && re.charAt(at + 1) != ']') {
        at++;
        hi = classChar();
        if (hi < lo) {
          throw bad("invalid character class range");
        }
      }
      literal(out, lo);
      if (hi != lo) {
        out.append('-');
        literal(out, hi);
      }
    }
    at++;
    out.append(']');
  }

  /** {@code [:name:]} or {@code [:^name:]}; false when there is no {@code :]} to close it. */
  private boolean namedClass() {
    int end = re.indexOf(":]", at + 2);
    if (end < 0) {
      return false;
    }
    String name = re.substring(at + 2, end);
    boolean negated = name.startsWith("^");
    String java = POSIX.get(negated ? name.substring(1) : name);
    if (java == null) {
      throw bad("invalid character class range [:" + name + ":]");
    }
    if (negated) {
      java = java.equals("\\w") ? "\\W" : "\\P" + java.substring(2);
    }
    out.append(java);
    at = end + 2;
    return true;
  }

  private int classChar() {
    int c = next();
    if (c != '\\') {
      return c;
    }
    if (at >= re.length()) {
      throw bad("trailing backslash at end of expression");
    }
    return simpleEscape(next());
  }

  private int next() {
    int c = re.codePointAt(at);
    at += Character.charCount(c);
    return c;
  }

  private static void literal(StringBuilder out, int c) {
    if (c < 0x80 && Character.isLetterOrDigit(c)) {
      out.append((char) c);
    } else {
      out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
  }

  private IllegalArgumentException bad(String why) {
    return new IllegalArgumentException("error parsing regexp: " + why + ": `" + re + "`");
  }
}
