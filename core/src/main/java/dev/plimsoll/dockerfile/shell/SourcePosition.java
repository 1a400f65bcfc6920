package dev.plimsoll.dockerfile.shell;

/**
 * Where a script offset sits in the Dockerfile.
 *
 * @param line 1-based Dockerfile line
 * @param column 0-based column in that line, in chars, the line's terminator and byte-order mark
 *     not counted
 */
public record SourcePosition(int line, int column) {}
