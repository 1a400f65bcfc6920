package dev.plimsoll.dockerfile.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: its parser directives and its instructions.
 *
 * @param file the name used in messages
 * @param syntax the {@code # syntax=} directive, if any
 * @param escape the escape character, {@code \} or {@code `}
 * @param check the {@code # check=} directive, if any (e.g. {@code skip=JSONArgsRecommended})
 * @param nodes the instructions in order
 * @param lines the source lines, without line terminators (BOM removed), for reports
 * @param emptyContinuationLines 1-based numbers of the blank lines inside a continuation, which
 *     BuildKit's parser skips with a warning (its NoEmptyContinuation check)
 */
public record SyntaxTree(
    String file,
    Optional<String> syntax,
    char escape,
    Optional<String> check,
    List<Node> nodes,
    List<String> lines,
    List<Integer> emptyContinuationLines) {

  public SyntaxTree {
    nodes = List.copyOf(nodes);
    lines = List.copyOf(lines);
    emptyContinuationLines = List.copyOf(emptyContinuationLines);
  }
}
