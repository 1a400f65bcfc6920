package dev.plimsoll.dockerfile.syntax;

/**
 * A heredoc attached to an instruction ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}).
 *
 * @param name the delimiter word, without quotes
 * @param content the body, each line ending in a newline; leading tabs already removed when {@code
 *     chomp}
 * @param expand false when the delimiter was quoted, so variables in the body are not expanded
 * @param chomp true for {@code <<-}, which strips leading tabs
 * @param startLine 1-based line of the first body line
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int startLine) {}
