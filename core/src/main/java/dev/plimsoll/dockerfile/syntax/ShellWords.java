package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of BuildKit's shell lexer ({@code shell.Lex.ProcessWords}) that finds heredoc words:
 * word splitting with quotes, backslash escapes and {@code $} references, every variable unset and
 * left as written ({@code SkipUnsetEnv}). BuildKit always lexes heredocs with the backslash,
 * whatever the escape directive says. Empty when the lexer would fail (an unclosed quote or an
 * unclosed <code>${</code>), in which case BuildKit finds no heredoc on the line.
 */
final class ShellWords {
  private final String s;
  private final boolean rawQuotes;
  private final boolean rawEscapes;
  private int pos;

  private ShellWords(String s, boolean rawQuotes, boolean rawEscapes) {
    this.s = s;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
  }

  static Optional<List<String>> split(String text, boolean rawQuotes, boolean rawEscapes) {
    ShellWords lexer = new ShellWords(text, rawQuotes, rawEscapes);
    try {
      return Optional.of(lexer.words());
    } catch (IllegalArgumentException lexError) {
      return Optional.empty();
    }
  }

  private List<String> words() {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    while (pos < s.length()) {
      char ch = s.charAt(pos);
      if (ch == '\'' || ch == '"') {
        word.append(ch == '\'' ? singleQuoted() : doubleQuoted());
        inWord = true;
      } else if (ch == '$') {
        // An expansion's text is split at spaces like unquoted text.
        for (char c : dollar().toCharArray()) {
          inWord = addChar(words, word, c, inWord);
        }
      } else {
        pos++;
        if (ch == '\\') {
          if (rawEscapes) {
            word.append(ch);
            inWord = true;
          }
          if (pos == s.length()) {
            break;
          }
          word.append(s.charAt(pos++));
          inWord = true;
        } else {
          inWord = addChar(words, word, ch, inWord);
        }
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean addChar(List<String> words, StringBuilder word, char ch, boolean inWord) {
    if (!GoText.isSpace(ch)) {
      word.append(ch);
      return true;
    }
    if (inWord && word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
      return false;
    }
    return inWord;
  }

  private String singleQuoted() {
    int close = s.indexOf('\'', pos + 1);
    if (close < 0) {
      throw new IllegalArgumentException("unexpected end of statement looking for single-quote");
    }
    String body = s.substring(pos + 1, close);
    pos = close + 1;
    return rawQuotes ? "'" + body + "'" : body;
  }

  private String doubleQuoted() {
    StringBuilder out = new StringBuilder();
    if (rawQuotes) {
      out.append('"');
    }
    pos++;
    while (true) {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end of statement looking for double-quote");
      }
      char ch = s.charAt(pos);
      if (ch == '"') {
        pos++;
        return rawQuotes ? out.append('"').toString() : out.toString();
      }
      if (ch == '$') {
        out.append(dollar());
        continue;
      }
      pos++;
      if (ch == '\\' && pos < s.length()) {
        char next = s.charAt(pos);
        if (next == '"' || next == '$' || next == '\\') {
          if (rawEscapes) {
            out.append(ch);
          }
          ch = next;
          pos++;
        }
      } else if (ch == '\\') {
        continue;
      }
      out.append(ch);
    }
  }

  /** A {@code $} reference, returned as written since no variable is set. */
  private String dollar() {
    int start = pos;
    pos++;
    if (pos < s.length() && s.charAt(pos) == '{') {
      pos++;
      if (pos >= s.length()) {
        throw new IllegalArgumentException("syntax error: missing '}'");
      }
      char first = s.charAt(pos);
      if (first == '{' || first == '}' || first == ':') {
        throw new IllegalArgumentException("syntax error: bad substitution");
      }
      int depth = 1;
      while (depth > 0) {
        if (pos >= s.length()) {
          throw new IllegalArgumentException("syntax error: missing '}'");
        }
        char ch = s.charAt(pos++);
        if (ch == '{') {
          depth++;
        } else if (ch == '}') {
          depth--;
        } else if (ch == '\\' && pos < s.length()) {
          pos++;
        }
      }
      return s.substring(start, pos);
    }
    name();
    return s.substring(start, pos);
  }

  private void name() {
    if (pos >= s.length()) {
      return;
    }
    char first = s.charAt(pos);
    if (Character.isDigit(first)) {
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      return;
    }
    if ("@*#?-$!0".indexOf(first) >= 0) {
      pos++;
      return;
    }
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
  }
}
