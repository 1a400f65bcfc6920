package dev.plimsoll.dockerfile.instruction;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the words of an expanded shell word: BuildKit's {@code wordsStruct}. Characters that
 * came from quotes or escapes are "raw" and never split; white space elsewhere ends the current
 * word.
 */
final class WordSplitter {
  private final List<String> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;

  void addChar(int ch) {
    if (isGoSpace(ch)) {
      // An empty quoted string sets inWord without adding text; BuildKit then keeps the flag.
      if (inWord && word.length() != 0) {
        words.add(word.toString());
        word.setLength(0);
        inWord = false;
      }
    } else {
      addRawChar(ch);
    }
  }

  void addRawChar(int ch) {
    word.appendCodePoint(ch);
    inWord = true;
  }

  void addString(String s) {
    s.codePoints().forEach(this::addChar);
  }

  void addRawString(String s) {
    word.append(s);
    inWord = true;
  }

  List<String> finish() {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
      inWord = false;
    }
    return List.copyOf(words);
  }

  /**
   * Go's {@code unicode.IsSpace}: in Latin-1 the ASCII white space plus NEL and NO-BREAK SPACE,
   * above it the Unicode space separators. Java's {@code isWhitespace} differs on both sides.
   */
  static boolean isGoSpace(int ch) {
    if (ch <= 0xFF) {
      return switch (ch) {
        case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
        default -> false;
      };
    }
    return Character.isSpaceChar(ch);
  }
}
