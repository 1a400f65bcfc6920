package dev.plimsoll.dockerfile.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An instruction line split into keyword, flags and arguments, after BuildKit's {@code
 * splitCommand} and {@code extractBuilderFlags}.
 *
 * @param keyword the first word, as written
 * @param flags the leading {@code --name[=value]} words
 * @param args the rest, trimmed
 */
record CommandLine(String keyword, List<String> flags, String args) {

  static CommandLine split(String line) {
    String trimmed = GoText.trimSpace(line);
    int end = 0;
    while (end < trimmed.length() && !GoText.isBlank(trimmed.charAt(end))) {
      end++;
    }
    String keyword = trimmed.substring(0, end);
    if (end == trimmed.length()) {
      return new CommandLine(keyword, List.of(), "");
    }
    int restStart = end;
    while (restStart < trimmed.length() && GoText.isBlank(trimmed.charAt(restStart))) {
      restStart++;
    }
    return withFlags(keyword, trimmed.substring(restStart));
  }

  /**
   * BuildKit reads flags byte by byte and turns each byte into a rune, so a non-ASCII flag comes
   * out as Latin-1 mojibake ({@code é} becomes {@code Ã©}) and the bytes 0x85 and 0xA0 count as
   * spaces. Both are kept, so flags here are what BuildKit's dispatcher sees.
   */
  private static CommandLine withFlags(String keyword, String text) {
    byte[] line = text.getBytes(StandardCharsets.UTF_8);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean inQuote = false;
    boolean blankOk = false;
    int quote = 0;
    int n = line.length;
    for (int pos = 0; pos <= n; pos++) {
      int ch = pos < n ? line[pos] & 0xFF : 0;
      if (!inWord && !inQuote) {
        if (pos == n) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == n || line[pos + 1] != '-') {
          return done(keyword, words, line, pos);
        }
        inWord = true;
      }
      if (pos == n) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          words.add(word.toString());
        }
        break;
      }
      if (inWord) {
        if (GoText.isSpace(ch)) {
          inWord = false;
          if (word.toString().equals("--")) {
            return done(keyword, words, line, pos);
          }
          if (blankOk || word.length() > 0) {
            words.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          inWord = false;
          inQuote = true;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == n) {
            continue;
          }
          pos++;
          ch = line[pos] & 0xFF;
        }
        word.append((char) ch);
        continue;
      }
      // in a quote
      if (ch == quote) {
        inQuote = false;
        inWord = true;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 == n) {
          inQuote = false;
          inWord = true;
          continue;
        }
        pos++;
        ch = line[pos] & 0xFF;
      }
      word.append((char) ch);
    }
    return new CommandLine(keyword, words, "");
  }

  private static CommandLine done(String keyword, List<String> flags, byte[] line, int pos) {
    String rest = new String(line, pos, line.length - pos, StandardCharsets.UTF_8);
    return new CommandLine(keyword, flags, GoText.trimSpace(rest));
  }
}
