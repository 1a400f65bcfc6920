package dev.plimsoll.rules.dockerfile.shellcheck;

/**
 * One comment of ShellCheck's {@code json1} format, in the coordinates of the script it was given.
 *
 * @param line 1-based line
 * @param column 1-based column, counted in characters (code points); a tab is one
 * @param endLine 1-based last line
 * @param endColumn the column just after the flagged text
 * @param level {@code error}, {@code warning}, {@code info} or {@code style}
 * @param code the number of the check, e.g. 2086 for SC2086
 * @param message what ShellCheck says, one line
 */
public record Comment(
    int line, int column, int endLine, int endColumn, String level, int code, String message) {}
