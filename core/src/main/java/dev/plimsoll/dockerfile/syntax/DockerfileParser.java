package dev.plimsoll.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text to {@link SyntaxTree}, a port of BuildKit's {@code parser.Parse}
 * (frontend/dockerfile/parser/parser.go). Lines end at LF; a CR before it is dropped, as BuildKit's
 * {@code trimNewline} does. Each step below names the BuildKit behaviour it follows.
 */
public final class DockerfileParser {
  private final String file;
  private final List<String> raw;
  private final Directives directives;
  private final List<Node> nodes = new ArrayList<>();
  private List<String> comments = new ArrayList<>();
  private final List<Integer> emptyContinuationLines = new ArrayList<>();

  /** Lines consumed so far, which is also the 1-based number of the last one consumed. */
  private int line;

  private DockerfileParser(String file, String text) {
    this.file = file;
    this.raw = SourceLines.split(text);
    this.directives = new Directives(file);
  }

  /**
   * Parses a Dockerfile's text; {@code file} is the name used in messages.
   *
   * @throws DockerfileSyntaxException where BuildKit's parser refuses the text
   */
  public static SyntaxTree parse(String file, String text) throws DockerfileSyntaxException {
    DockerfileParser parser = new DockerfileParser(file, text);
    parser.run();
    if (parser.nodes.isEmpty()) {
      throw new DockerfileSyntaxException(file, 0, "file with no instructions");
    }
    return new SyntaxTree(
        file,
        parser.directives.syntax(),
        parser.directives.escape(),
        parser.directives.check(),
        parser.nodes,
        SourceLines.withoutTerminators(parser.raw),
        parser.emptyContinuationLines);
  }

  private void run() throws DockerfileSyntaxException {
    while (line < raw.size()) {
      String first = raw.get(line);
      if (GoText.isComment(first)) {
        // BuildKit takes the text after the line's first byte, so an indented "# x" keeps its '#'.
        String comment = GoText.trimSpace(first.substring(1));
        if (comment.isEmpty()) {
          comments = new ArrayList<>();
        } else {
          comments.add(comment);
        }
      }
      String token = GoText.trimLeadingSpace(GoText.trimNewline(first));
      if (directives.offer(token, line + 1)) {
        comments.remove(comments.size() - 1);
      }
      token = GoText.isComment(token) ? "" : token;
      line++;
      int startLine = line;
      Optional<String> continued = directives.continued(token);
      if (continued.isEmpty() && token.isEmpty()) {
        continue;
      }
      String joined = continued.isPresent() ? continuation(continued.get()) : token;
      Node node = Instructions.node(joined, directives.escape(), comments, file, startLine, line);
      nodes.add(withHeredocs(node, startLine));
      comments = new ArrayList<>();
    }
  }

  /**
   * Joins continuation lines. Comment lines and blank lines inside a continuation are skipped
   * (BuildKit warns about the blank ones); continuation lines keep their leading whitespace.
   */
  private String continuation(String start) throws DockerfileSyntaxException {
    StringBuilder joined = new StringBuilder(start);
    boolean endOfLine = false;
    while (!endOfLine && line < raw.size()) {
      String next = raw.get(line);
      String processed = GoText.trimNewline(next);
      directives.offer(processed, line + 1);
      line++;
      if (GoText.isComment(next)) {
        continue;
      }
      if (GoText.trimLeadingSpace(processed).isEmpty()) {
        emptyContinuationLines.add(line);
        continue;
      }
      Optional<String> continued = directives.continued(processed);
      endOfLine = continued.isEmpty();
      joined.append(continued.orElse(processed));
    }
    return joined.toString();
  }

  /**
   * Reads the bodies of the heredocs the instruction names, for RUN, COPY and ADD in shell form.
   */
  private Node withHeredocs(Node node, int startLine) throws DockerfileSyntaxException {
    if (!canContainHeredoc(node)) {
      return node;
    }
    List<Heredoc> heredocs = new ArrayList<>();
    for (HeredocMarkers.Marker marker : HeredocMarkers.find(node.original(), file, startLine)) {
      int bodyStart = line + 1;
      StringBuilder content = new StringBuilder();
      boolean terminated = false;
      while (line < raw.size()) {
        String body = raw.get(line++);
        String candidate = GoText.trimNewline(body);
        if (marker.chomp()) {
          candidate = stripLeadingTabs(candidate);
        }
        if (candidate.equals(marker.name())) {
          terminated = true;
          break;
        }
        content.append(body);
      }
      if (!terminated) {
        throw new DockerfileSyntaxException(
            file, startLine, "unterminated heredoc " + marker.written());
      }
      String text = marker.chomp() ? chomp(content) : content.toString();
      heredocs.add(new Heredoc(marker.name(), text, marker.expand(), marker.chomp(), bodyStart));
    }
    return endingAt(node, heredocs, line);
  }

  /** The node (and an ONBUILD's instruction) with its heredocs and last line set. */
  private static Node endingAt(Node node, List<Heredoc> heredocs, int endLine) {
    return new Node(
        node.keyword(),
        node.flags(),
        node.values(),
        node.jsonForm(),
        heredocs,
        node.child().map(child -> endingAt(child, List.of(), endLine)),
        node.original(),
        node.startLine(),
        endLine,
        node.comments());
  }

  /** BuildKit's {@code canContainHeredoc}: looks through ONBUILD to its instruction. */
  private static boolean canContainHeredoc(Node node) {
    Node target = node;
    if (node.command().equals("onbuild") && node.child().isPresent()) {
      target = node.child().get();
    }
    return HeredocMarkers.COMMANDS.contains(target.keyword().toLowerCase(Locale.ROOT))
        && !target.jsonForm();
  }

  private static String stripLeadingTabs(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\t') {
      i++;
    }
    return s.substring(i);
  }

  /** BuildKit's {@code ChompHeredocContent}: {@code (?m)^\t+} removed. */
  private static String chomp(CharSequence content) {
    StringBuilder out = new StringBuilder(content.length());
    boolean lineStart = true;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (lineStart && c == '\t') {
        continue;
      }
      out.append(c);
      lineStart = c == '\n';
    }
    return out.toString();
  }
}
