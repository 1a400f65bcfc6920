package dev.plimsoll.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/**
 * One instruction as BuildKit's Dockerfile parser sees it (its {@code parser.Node}): the keyword,
 * the flags, and the argument values that BuildKit chains through {@code Next}.
 *
 * @param keyword the keyword as written, e.g. {@code Run}; compare case-insensitively
 * @param flags raw flags in order, e.g. {@code --from=build}
 * @param values BuildKit's argument values: words for most instructions, one string for shell form,
 *     the JSON elements for exec form, and {@code key, value, separator} triples for ENV and LABEL
 *     (separator {@code "="}, or {@code ""} for the old space-separated form)
 * @param jsonForm true when the arguments were valid JSON (exec form)
 * @param heredocs heredoc bodies attached to this instruction, in order
 * @param child the nested instruction of an {@code ONBUILD}
 * @param original the instruction's text as written, continuation lines joined
 * @param startLine 1-based first line
 * @param endLine 1-based last line, continuation lines and heredoc bodies included
 * @param comments the comment lines directly before the instruction, without the {@code #}
 */
public record Node(
    String keyword,
    List<String> flags,
    List<String> values,
    boolean jsonForm,
    List<Heredoc> heredocs,
    Optional<Node> child,
    String original,
    int startLine,
    int endLine,
    List<String> comments) {

  public Node {
    flags = List.copyOf(flags);
    values = List.copyOf(values);
    heredocs = List.copyOf(heredocs);
    comments = List.copyOf(comments);
  }

  /** The keyword in lower case, as BuildKit's dispatcher compares it. */
  public String command() {
    return keyword.toLowerCase(java.util.Locale.ROOT);
  }
}
