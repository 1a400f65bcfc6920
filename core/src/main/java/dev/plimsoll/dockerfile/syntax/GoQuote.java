package dev.plimsoll.dockerfile.syntax;

import java.util.List;

/**
 * Go's {@code strconv.Quote}, and {@code fmt}'s {@code %q} of a {@code []string}, which BuildKit's
 * {@code Node.Dump} prints. Go decides what to escape with {@code unicode.IsPrint}; here Java's
 * general categories stand in for Go's tables (letters, marks, numbers, punctuation, symbols and
 * the ASCII space are printable), so a rune that Unicode versions classify differently may differ.
 */
public final class GoQuote {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoQuote() {}

  /** Go's {@code strconv.Quote}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** {@code fmt.Sprintf("%q", list)}: {@code ["a" "b"]}. */
  static String quoteList(List<String> list) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      appendQuoted(out, list.get(i));
    }
    return out.append(']').toString();
  }

  static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      appendRune(out, c);
    }
    out.append('"');
  }

  private static void appendRune(StringBuilder out, int c) {
    if (c == '"' || c == '\\') {
      out.append('\\').appendCodePoint(c);
    } else if (isPrint(c)) {
      out.appendCodePoint(c);
    } else {
      switch (c) {
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0B -> out.append("\\v");
        default -> appendEscape(out, c);
      }
    }
  }

  private static void appendEscape(StringBuilder out, int c) {
    if (c < ' ' || c == 0x7F) {
      out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
    } else if (Character.isSurrogate((char) c)) {
      // Go never holds a lone surrogate in a valid string; it prints the replacement rune.
      out.append("\\ufffd");
    } else if (c < 0x10000) {
      appendHex(out.append("\\u"), c, 4);
    } else {
      appendHex(out.append("\\U"), c, 8);
    }
  }

  private static void appendHex(StringBuilder out, int c, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(c >> shift) & 0xF]);
    }
  }

  /** An approximation of Go's {@code unicode.IsPrint}. */
  static boolean isPrint(int c) {
    if (c < 0x80) {
      return c >= 0x20 && c < 0x7F;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          true;
      default -> false;
    };
  }
}
