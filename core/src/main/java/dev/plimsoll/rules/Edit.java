package dev.plimsoll.rules;

/**
 * One change to a Dockerfile's text, part of a fix: replace the range from ({@code line}, {@code
 * column}) to ({@code endLine}, {@code endColumn}) with {@code replacement}; an empty range
 * inserts. Lines are 1-based and columns 0-based, in chars of the line as {@code
 * SyntaxTree#lines()} holds it (no terminator, no byte-order mark), so edits never touch line
 * endings they do not name.
 */
public record Edit(int line, int column, int endLine, int endColumn, String replacement) {

  public Edit {
    if (line < 1 || column < 0 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad edit range " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** Inserts {@code text} at the position. */
  public static Edit insert(int line, int column, String text) {
    return new Edit(line, column, line, column, text);
  }

  /** Replaces {@code length} chars of one line. */
  public static Edit replace(int line, int column, int length, String text) {
    return new Edit(line, column, line, column + length, text);
  }
}
