package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Edit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Edits to an instruction's own words (keyword, {@code AS}, arguments), found in the source lines
 * and checked against what the parser read, so that an edit is made only where it is certain.
 */
final class InstructionEdits {
  private InstructionEdits() {}

  /** Replaces the instruction's keyword, as written on its first line, with {@code keyword}. */
  static Optional<Edit> keyword(Dockerfile file, Instruction at, String keyword) {
    String line = line(file, at.line());
    String written = at.node().keyword();
    int column = blanks(line, 0);
    if (!line.startsWith(written, column) || !boundary(line, column + written.length())) {
      return Optional.empty();
    }
    return Optional.of(Edit.replace(at.line(), column, written.length(), keyword));
  }

  /**
   * Replaces the instruction's arguments with {@code text} when the instruction sits on one line
   * and its arguments end it (after trailing blanks): the whole of {@code CMD x y}'s {@code x y}.
   */
  static Optional<Edit> arguments(Dockerfile file, Instruction at, String written, String text) {
    if (at.line() != at.endLine() || written.isEmpty()) {
      return Optional.empty();
    }
    String line = line(file, at.line());
    String content = line.stripTrailing();
    if (!content.endsWith(written)) {
      return Optional.empty();
    }
    int column = content.length() - written.length();
    return Optional.of(Edit.replace(at.line(), column, written.length(), text));
  }

  /**
   * Replaces the {@code n}th blank-separated word of the instruction's one line (0 is the keyword)
   * when it is {@code expected}, ignoring case.
   */
  static Optional<Edit> word(Dockerfile file, Instruction at, int n, String expected, String text) {
    if (at.line() != at.endLine()) {
      return Optional.empty();
    }
    String line = line(file, at.line());
    int column = blanks(line, 0);
    for (int i = 0; i < n && column < line.length(); i++) {
      column = blanks(line, wordEnd(line, column));
    }
    int end = wordEnd(line, column);
    if (!line.substring(column, end).equalsIgnoreCase(expected)) {
      return Optional.empty();
    }
    return Optional.of(Edit.replace(at.line(), column, end - column, text));
  }

  /** {@code upper} in the case of {@code like}: lower case when {@code like} is all lower case. */
  static String caseOf(String like, String upper) {
    return like.equals(like.toLowerCase(Locale.ROOT)) ? upper.toLowerCase(Locale.ROOT) : upper;
  }

  private static String line(Dockerfile file, int number) {
    List<String> lines = file.syntax().lines();
    return number <= lines.size() ? lines.get(number - 1) : "";
  }

  private static int blanks(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
      i++;
    }
    return i;
  }

  private static boolean boundary(String line, int at) {
    return at == line.length() || line.charAt(at) == ' ' || line.charAt(at) == '\t';
  }
}
