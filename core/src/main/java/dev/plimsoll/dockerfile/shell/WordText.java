package dev.plimsoll.dockerfile.shell;

import java.util.Optional;

/** A word being read: its text after quote removal and what it was made of. */
final class WordText {
  final StringBuilder literal = new StringBuilder();
  boolean quoted;
  boolean expanded;

  Word word(String raw, int offset, int line) {
    String text = literal.toString();
    return new Word(
        raw, expanded ? Optional.empty() : Optional.of(text), text, quoted, expanded, offset, line);
  }
}
