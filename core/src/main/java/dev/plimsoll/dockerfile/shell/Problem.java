package dev.plimsoll.dockerfile.shell;

/**
 * Something the parser could not make sense of; the model around it is a best effort.
 *
 * @param message what was wrong, e.g. {@code unterminated double quote}
 * @param offset where in {@link ShellScript#text()}
 * @param line the line, as for {@link Word#line()}
 */
public record Problem(String message, int offset, int line) {}
