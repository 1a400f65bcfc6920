package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code parseWords}: splits ENV, LABEL and ARG arguments into words at unquoted spaces.
 * Quotes and escapes stay in the words (the dispatcher removes them later); an escape at the very
 * end of the text is dropped, and inside single quotes the escape has no power.
 */
final class Words {
  private Words() {}

  static List<String> split(String rest, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean inQuote = false;
    boolean blankOk = false;
    char quote = 0;
    int n = rest.length();
    for (int pos = 0; pos <= n; pos++) {
      char ch = pos < n ? rest.charAt(pos) : 0;
      if (!inWord && !inQuote) {
        if (pos == n) {
          break;
        }
        if (GoText.isSpace(ch)) {
          continue;
        }
        inWord = true;
      }
      if (pos == n) {
        if (blankOk || word.length() > 0) {
          words.add(word.toString());
        }
        break;
      }
      if (inWord) {
        if (GoText.isSpace(ch)) {
          inWord = false;
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
        }
        if (ch == escape) {
          if (pos + 1 == n) {
            continue;
          }
          word.append(ch);
          pos++;
          ch = rest.charAt(pos);
        }
        word.append(ch);
        continue;
      }
      // in a quote
      if (ch == quote) {
        inQuote = false;
        inWord = true;
      }
      if (ch == escape && quote != '\'') {
        if (pos + 1 == n) {
          inQuote = false;
          inWord = true;
          continue;
        }
        pos++;
        word.append(ch);
        ch = rest.charAt(pos);
      }
      word.append(ch);
    }
    return words;
  }
}
