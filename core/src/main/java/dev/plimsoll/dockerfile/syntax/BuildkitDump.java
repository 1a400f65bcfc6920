package dev.plimsoll.dockerfile.syntax;

import java.util.Locale;

/**
 * The text of BuildKit's {@code Node.Dump()}, as its parser tests print it ({@code
 * testfiles/NAME/result}): one line per instruction, {@code (keyword ["--flag" ...] "arg" ...)}.
 * Heredoc bodies are not part of BuildKit's dump, so they are not part of this one.
 */
public final class BuildkitDump {
  private BuildkitDump() {}

  /** The whole tree: each instruction on its own line, each line ending in a newline. */
  public static String dump(SyntaxTree tree) {
    StringBuilder out = new StringBuilder();
    for (Node node : tree.nodes()) {
      out.append('(').append(dumpNode(node)).append(")\n");
    }
    return out.toString();
  }

  /**
   * One instruction, without the surrounding parentheses. Go's Dump trims each node's text with
   * {@code strings.TrimSpace}, which matters only for an instruction with an empty keyword.
   */
  static String dumpNode(Node node) {
    StringBuilder out = new StringBuilder();
    out.append(node.keyword().toLowerCase(Locale.ROOT));
    if (!node.flags().isEmpty()) {
      out.append(' ').append(GoQuote.quoteList(node.flags()));
    }
    // ONBUILD keeps its instruction as the child of an argument node: Dump prints it bare,
    // wrapped in parentheses, where other instructions print their quoted arguments.
    node.child().ifPresent(child -> out.append(" (").append(dumpNode(child)).append(')'));
    for (String value : node.values()) {
      out.append(' ');
      GoQuote.appendQuoted(out, value);
    }
    return GoText.trimSpace(out.toString());
  }
}
