package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exec form: a JSON array, read the way Go's {@code encoding/json} reads it into {@code []any}
 * (BuildKit's {@code parseJSON}). Go's grammar and limits matter because anything it refuses falls
 * back to shell form: no trailing commas, no leading zeros, no raw control characters in strings,
 * at most 10000 nested containers; unpaired {@code \}{@code u} surrogates become U+FFFD.
 *
 * @param values the string elements, in order
 * @param onlyStrings false when some element was not a string, which BuildKit rejects
 */
record JsonArray(List<String> values, boolean onlyStrings) {
  private static final int MAX_DEPTH = 10_000;

  /** Empty when {@code text} (already trimmed on the left) is not one valid JSON array. */
  static Optional<JsonArray> parse(String text) {
    if (text.isEmpty() || text.charAt(0) != '[') {
      return Optional.empty();
    }
    Reader reader = new Reader(text);
    try {
      JsonArray array = reader.topArray();
      reader.skipSpace();
      return reader.pos == text.length() ? Optional.of(array) : Optional.empty();
    } catch (IllegalArgumentException notJson) {
      return Optional.empty();
    }
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    JsonArray topArray() {
      pos++; // '['
      List<String> values = new ArrayList<>();
      boolean onlyStrings = true;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return new JsonArray(values, true);
      }
      while (true) {
        skipSpace();
        if (peek() == '"') {
          values.add(string());
        } else {
          onlyStrings = false;
          skipValue();
        }
        skipSpace();
        char c = next();
        if (c == ']') {
          return new JsonArray(values, onlyStrings);
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or ]");
        }
      }
    }

    /** Validates one value of any kind, without recursion, tracking nesting as Go does. */
    void skipValue() {
      // Depth 1 is the top-level array this value sits in.
      StringBuilder stack = new StringBuilder("[");
      boolean expectValue = true;
      while (true) {
        skipSpace();
        if (expectValue) {
          char c = peek();
          if (c == '[' || c == '{') {
            pos++;
            stack.append(c);
            if (stack.length() > MAX_DEPTH) {
              throw new IllegalArgumentException("exceeded max depth");
            }
            skipSpace();
            char close = c == '[' ? ']' : '}';
            if (peek() == close) {
              pos++;
              stack.setLength(stack.length() - 1);
              expectValue = false;
            } else if (c == '{') {
              objectKey();
            }
          } else {
            scalar();
            expectValue = false;
          }
        } else {
          if (stack.length() == 1) {
            return;
          }
          char open = stack.charAt(stack.length() - 1);
          char c = next();
          if (c == ',') {
            expectValue = true;
            if (open == '{') {
              skipSpace();
              objectKey();
            }
          } else if (c == (open == '[' ? ']' : '}')) {
            stack.setLength(stack.length() - 1);
          } else {
            throw new IllegalArgumentException("bad separator");
          }
        }
      }
    }

    private void objectKey() {
      if (peek() != '"') {
        throw new IllegalArgumentException("object key must be a string");
      }
      string();
      skipSpace();
      if (next() != ':') {
        throw new IllegalArgumentException("expected :");
      }
    }

    private void scalar() {
      char c = peek();
      if (c == '"') {
        string();
      } else if (c == 't') {
        literal("true");
      } else if (c == 'f') {
        literal("false");
      } else if (c == 'n') {
        literal("null");
      } else {
        number();
      }
    }

    private void literal(String word) {
      if (!s.startsWith(word, pos)) {
        throw new IllegalArgumentException("bad literal");
      }
      pos += word.length();
    }

    private void number() {
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else {
        digits();
      }
      if (peek() == '.') {
        pos++;
        digits();
      }
      if (peek() == 'e' || peek() == 'E') {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        digits();
      }
    }

    private void digits() {
      int start = pos;
      while (peek() >= '0' && peek() <= '9') {
        pos++;
      }
      if (pos == start) {
        throw new IllegalArgumentException("expected digit");
      }
    }

    String string() {
      pos++; // opening quote
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw new IllegalArgumentException("control character in string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> unicodeEscape(out);
          default -> throw new IllegalArgumentException("bad escape");
        }
      }
    }

    private void unicodeEscape(StringBuilder out) {
      char first = (char) hex4();
      if (!Character.isSurrogate(first)) {
        out.append(first);
        return;
      }
      // Go pairs a high surrogate with a directly following \\u low surrogate; anything else
      // becomes U+FFFD and the following escape is read on its own.
      if (Character.isHighSurrogate(first) && s.startsWith("\\u", pos) && pos + 6 <= s.length()) {
        int save = pos;
        pos += 2;
        int second = hex4OrMinus();
        if (second >= 0 && Character.isLowSurrogate((char) second)) {
          out.append(first).append((char) second);
          return;
        }
        pos = save;
      }
      out.append('\uFFFD');
    }

    private int hex4() {
      int value = hex4OrMinus();
      if (value < 0) {
        throw new IllegalArgumentException("bad \\u escape");
      }
      return value;
    }

    private int hex4OrMinus() {
      if (pos + 4 > s.length()) {
        return -1;
      }
      int value = 0;
      for (int i = 0; i < 4; i++) {
        char c = s.charAt(pos + i);
        // ASCII hex only: Character.digit would also take other scripts' digits.
        int digit = c < 0x80 ? Character.digit(c, 16) : -1;
        if (digit < 0) {
          return -1;
        }
        value = value * 16 + digit;
      }
      pos += 4;
      return value;
    }

    void skipSpace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char next() {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(pos++);
    }
  }
}
