package dev.plimsoll.dockerfile.shell;

/**
 * A lexer token. {@code word} is set for {@link Kind#WORD} only; the type stays inside the package.
 */
record Token(Kind kind, String text, int offset, Word word) {

  enum Kind {
    WORD,
    OPERATOR,
    IO_NUMBER,
    NEWLINE,
    END
  }

  boolean isOperator(String op) {
    return kind == Kind.OPERATOR && text.equals(op);
  }

  /** An unquoted word that reads {@code keyword}, which the parser may take as reserved. */
  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && !word.quoted() && !word.expanded() && word.raw().equals(keyword);
  }
}
