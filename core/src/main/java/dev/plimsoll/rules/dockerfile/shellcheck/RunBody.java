package dev.plimsoll.rules.dockerfile.shellcheck;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One RUN body as ShellCheck is given it, and the way back from ShellCheck's positions to the
 * Dockerfile's.
 *
 * <p>The script is the RUN's body ({@link ShellScript#text()}: continuation lines joined as
 * BuildKit joins them, or the heredoc body) after a preamble of {@code export NAME=1} lines, one
 * for each ARG and ENV in scope that the body names, as hadolint writes it. The preamble tells
 * ShellCheck those variables are set, so SC2154 (referenced but not assigned) stays quiet for them,
 * and, because their value is a plain word, so does SC2086 (unquoted expansion); a variable the
 * Dockerfile never declares is still reported. A body that starts with {@code #!} keeps that line
 * first, where ShellCheck reads it, and the preamble follows it.
 */
final class RunBody {
  /**
   * BuildKit's predefined proxy ARGs, usable without a declaration (hadolint declares them too).
   */
  private static final List<String> PROXY_ARGS =
      List.of(
          "HTTP_PROXY",
          "http_proxy",
          "HTTPS_PROXY",
          "https_proxy",
          "FTP_PROXY",
          "ftp_proxy",
          "NO_PROXY",
          "no_proxy",
          "ALL_PROXY",
          "all_proxy");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Run run;
  private final ShellScript script;
  private final List<String> sourceLines;
  private final String dialect;
  private final int shebangLines;
  private final int preambleLines;
  private final String text;
  private final int[] lineStarts;

  private RunBody(Run run, ShellScript script, Dockerfile file, String dialect) {
    this.run = run;
    this.script = script;
    this.sourceLines = file.syntax().lines();
    this.dialect = dialect;
    String body = script.text();
    this.shebangLines = body.startsWith("#!") ? 1 : 0;
    Set<String> names = new LinkedHashSet<>(file.variablesAt(run).declared());
    names.addAll(PROXY_ARGS);
    StringBuilder out = new StringBuilder();
    int split = shebangLines == 0 ? 0 : lineEnd(body, 0);
    out.append(body, 0, split);
    if (split > 0 && body.charAt(split - 1) != '\n') {
      out.append('\n');
    }
    int count = 0;
    for (String name : names) {
      // A variable the body never names cannot matter to ShellCheck, and each declaration costs
      // it time: the whole preamble made it 60% slower over the gold corpus.
      if (NAME.matcher(name).matches() && body.contains(name)) {
        out.append("export ").append(name).append("=1\n");
        count++;
      }
    }
    this.preambleLines = count;
    out.append(body, split, body.length());
    this.text = out.toString();
    this.lineStarts = lineStarts(body);
  }

  /** The RUN as ShellCheck can check it; empty for exec form and shells it does not know. */
  static Optional<RunBody> of(Run run, Dockerfile file) {
    ShellScript script = ShellScript.of(run, file);
    return Dialects.of(run, script, file).map(d -> new RunBody(run, script, file, d));
  }

  Run run() {
    return run;
  }

  String dialect() {
    return dialect;
  }

  /** What ShellCheck reads. */
  String text() {
    return text;
  }

  /** Where in the Dockerfile a comment points; empty for a comment on the preamble itself. */
  Optional<Location> locate(Comment c) {
    Optional<Integer> start = offset(c.line(), c.column());
    if (start.isEmpty()) {
      return Optional.empty();
    }
    int end = offset(c.endLine(), Math.max(1, c.endColumn() - 1)).orElse(start.get());
    int first = run.node().startLine();
    int last = Math.max(first, run.node().endLine());
    int line = clamp(script.lineAt(start.get()), first, last);
    int endLine = clamp(script.lineAt(Math.max(start.get(), end)), line, last);
    return Optional.of(new Location(line, column(start.get(), line), endLine));
  }

  /** A position in the Dockerfile: 1-based line, UTF-16 column, last line. */
  record Location(int line, int column, int endLine) {}

  /** The offset in the body of a ShellCheck line and column (code points, a tab counting one). */
  private Optional<Integer> offset(int line, int column) {
    int bodyLine;
    if (line <= shebangLines) {
      bodyLine = line;
    } else if (line <= shebangLines + preambleLines) {
      return Optional.empty();
    } else {
      bodyLine = line - preambleLines;
    }
    if (bodyLine > lineStarts.length) {
      return Optional.of(script.text().length());
    }
    String body = script.text();
    int start = lineStarts[bodyLine - 1];
    int end = lineEnd(body, start);
    int at = start;
    for (int k = 1; k < column && at < end; k++) {
      at = body.offsetByCodePoints(at, 1);
    }
    return Optional.of(at);
  }

  /**
   * The 1-based column of a body offset on its Dockerfile line. The piece of the body on that line
   * (up to a newline or the next continuation line) is the source line's text, cut by the
   * instruction keyword and flags on the first line and by the escape character at the end, so it
   * sits at its last occurrence in the source line. When it cannot be found, column 1.
   */
  private int column(int offset, int line) {
    String body = script.text();
    int from = offset;
    while (from > 0 && body.charAt(from - 1) != '\n' && script.lineAt(from - 1) == line) {
      from--;
    }
    int to = offset;
    while (to < body.length() && body.charAt(to) != '\n' && script.lineAt(to) == line) {
      to++;
    }
    String piece = body.substring(from, to);
    String source = line <= sourceLines.size() ? sourceLines.get(line - 1) : "";
    int at = piece.isEmpty() ? -1 : source.lastIndexOf(piece);
    return at < 0 ? 1 : at + (offset - from) + 1;
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(high, value));
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl + 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
