package dev.plimsoll.dockerfile.instruction;

/**
 * A shell word that BuildKit refuses to expand: an unterminated quote or {@code ${}}, a bad
 * substitution, an unsupported modifier, an invalid pattern, or a {@code ${VAR?message}} whose
 * variable is unset. The message is BuildKit's own, {@code failed to process "WORD": REASON}; the
 * typed layer adds the file and line.
 */
public final class ExpansionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String word;
  private final String reason;

  ExpansionException(String word, String reason) {
    // BuildKit wraps every lexer error with errors.Wrapf(err, "failed to process %q", source).
    super("failed to process " + goQuote(word) + ": " + reason);
    this.word = word;
    this.reason = reason;
  }

  /** The word that was being expanded, as written. */
  public String word() {
    return word;
  }

  /** BuildKit's reason without the {@code failed to process} prefix, e.g. {@code X: not set}. */
  public String reason() {
    return reason;
  }

  /** Go's {@code strconv.Quote}, so the message reads exactly as BuildKit prints it. */
  static String goQuote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(cp -> appendQuoted(out, cp));
    return out.append('"').toString();
  }

  private static void appendQuoted(StringBuilder out, int cp) {
    switch (cp) {
      case '"', '\\' -> out.append('\\').appendCodePoint(cp);
      case 0x07 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 0x0B -> out.append("\\v");
      default -> {
        if (isGoPrintable(cp)) {
          out.appendCodePoint(cp);
        } else if (cp < ' ' || cp == 0x7F) {
          out.append(String.format("\\x%02x", cp));
        } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
          // A lone surrogate cannot come from UTF-8; Go would have seen U+FFFD.
          out.append('\uFFFD');
        } else if (cp < 0x10000) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  /**
   * Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space.
   */
  private static boolean isGoPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
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
