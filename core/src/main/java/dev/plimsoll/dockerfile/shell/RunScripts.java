package dev.plimsoll.dockerfile.shell;

import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import dev.plimsoll.dockerfile.syntax.Node;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The script BuildKit's RUN dispatcher hands to the shell, with a map from its offsets back to
 * Dockerfile lines.
 */
final class RunScripts {
  private RunScripts() {}

  private static final Set<String> WINDOWS_SHELLS = Set.of("powershell", "pwsh", "cmd");

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

  static ShellScript of(Run run, SyntaxTree tree) {
    Node node = run.node();
    CommandLine command = run.command();
    if (command.exec()) {
      return exec(command.args(), node.startLine());
    }
    String script = command.args().isEmpty() ? "" : command.args().get(0);
    List<Heredoc> heredocs = command.heredocs();
    if (heredocs.size() == 1 && isLoneHeredoc(script)) {
      // BuildKit runs a lone heredoc's body as the script (dispatchers.go, dispatchRun).
      Heredoc body = heredocs.get(0);
      // <<- strips leading tabs, so body columns no longer match the source.
      LineMap lines =
          new LineMap(
              body.content(),
              new int[] {0},
              new int[] {body.startLine()},
              body.chomp() ? null : new int[] {0});
      Optional<String> interpreter = foreignInterpreter(body.content());
      if (interpreter.isPresent()) {
        return new ShellScript(body.content(), List.of(), List.of(), interpreter, lines);
      }
      return ShellScript.parse(body.content(), lines, Optional.empty());
    }
    List<Integer> starts = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    boolean exact = segments(node, tree, script, starts, lines, columns);
    // Other heredocs follow the command line, each body then its delimiter, as BuildKit appends
    // them, so the shell reads them as its own here-documents.
    StringBuilder text = new StringBuilder(script);
    for (Heredoc heredoc : heredocs) {
      text.append('\n');
      starts.add(text.length());
      lines.add(heredoc.startLine());
      columns.add(0);
      exact &= !heredoc.chomp();
      text.append(heredoc.content()).append(heredoc.name());
    }
    String full = text.toString();
    return ShellScript.parse(
        full,
        new LineMap(full, toArray(starts), toArray(lines), exact ? toArray(columns) : null),
        Optional.empty());
  }

  /**
   * The stage's {@code SHELL} when it is PowerShell or {@code cmd}: the last SHELL before the RUN
   * in its stage. A SHELL inherited from a base image or a parent stage is not seen.
   */
  static Optional<String> foreignShell(Run run, Dockerfile dockerfile) {
    Optional<String> shell = Optional.empty();
    for (Instruction instruction :
        dockerfile.stageOf(run).map(Stage::instructions).orElse(List.of())) {
      // By position, not equals(): two RUNs with the same text are equal records, and comparing
      // each earlier instruction's whole text made long stages quadratic.
      if (instruction.node().startLine() == run.node().startLine()) {
        break;
      }
      if (instruction instanceof Shell set && !set.shell().isEmpty()) {
        String program = set.shell().get(0).replace('\\', '/');
        program = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        program = program.endsWith(".exe") ? program.substring(0, program.length() - 4) : program;
        shell = WINDOWS_SHELLS.contains(program) ? Optional.of(program) : Optional.empty();
      }
    }
    return shell;
  }

  /** BuildKit's {@code MustParseHeredoc} on the whole command: {@code <<EOF}, {@code <<-"EOF"}. */
  private static boolean isLoneHeredoc(String script) {
    if (!script.startsWith("<<") || script.startsWith("<<<")) {
      return false;
    }
    for (int i = 2; i < script.length(); i++) {
      if (Character.isWhitespace(script.charAt(i))) {
        return false;
      }
    }
    return script.length() > (script.startsWith("<<-") ? 3 : 2);
  }

  /** The {@code #!} interpreter of a heredoc body, when it is not a POSIX-like shell. */
  private static Optional<String> foreignInterpreter(String body) {
    if (!body.startsWith("#!")) {
      return Optional.empty();
    }
    int newline = body.indexOf('\n');
    ShellScript line = ShellScript.parse(body.substring(2, newline < 0 ? body.length() : newline));
    List<Word> words = line.commands().isEmpty() ? List.of() : line.commands().get(0).words();
    String program = words.isEmpty() ? "" : words.get(0).unquoted();
    program = program.substring(program.lastIndexOf('/') + 1);
    for (int i = 1; i < words.size() && program.equals("env"); i++) {
      String word = words.get(i).unquoted();
      if (!word.startsWith("-") && word.indexOf('=') < 0) {
        program = word.substring(word.lastIndexOf('/') + 1);
      }
    }
    return SHELLS.contains(program) || program.isEmpty() ? Optional.empty() : Optional.of(program);
  }

  /**
   * One segment per source line of the shell-form command, replaying BuildKit's joining (parser.go:
   * the first line without leading blanks, comment and blank lines skipped, the escape character at
   * the end of a line removed with the blanks after it). When the replay does not hold the script,
   * every word gets the instruction's first line. Also records the source column where each segment
   * starts; returns false when they are not known.
   */
  private static boolean segments(
      Node node,
      SyntaxTree tree,
      String script,
      List<Integer> starts,
      List<Integer> lines,
      List<Integer> columns) {
    StringBuilder joined = new StringBuilder();
    List<Integer> joinedStarts = new ArrayList<>();
    List<Integer> joinedLines = new ArrayList<>();
    List<Integer> joinedColumns = new ArrayList<>();
    List<String> source = tree.lines();
    for (int line = node.startLine(); line <= node.endLine() && line <= source.size(); line++) {
      String raw = source.get(line - 1);
      boolean first = joinedStarts.isEmpty();
      String stripped = raw.stripLeading();
      if (!first && (stripped.isEmpty() || stripped.startsWith("#"))) {
        continue;
      }
      String text = first ? stripped : raw;
      Optional<String> continued = continued(text, tree.escape());
      joinedStarts.add(joined.length());
      joinedLines.add(line);
      joinedColumns.add(raw.length() - text.length());
      joined.append(continued.orElse(text));
      if (continued.isEmpty()) {
        break;
      }
    }
    int at = joined.lastIndexOf(script);
    if (at < 0 || joinedStarts.isEmpty()) {
      starts.add(0);
      lines.add(node.startLine());
      columns.add(0);
      return false;
    }
    for (int k = 0; k < joinedStarts.size(); k++) {
      boolean containsStart = k + 1 == joinedStarts.size() || joinedStarts.get(k + 1) > at;
      if (joinedStarts.get(k) > at || containsStart) {
        starts.add(Math.max(0, joinedStarts.get(k) - at));
        lines.add(joinedLines.get(k));
        columns.add(joinedColumns.get(k) + Math.max(0, at - joinedStarts.get(k)));
      }
    }
    return true;
  }

  /** BuildKit's line continuation test: the escape character, then only blanks. */
  private static Optional<String> continued(String line, char escape) {
    int i = line.length();
    while (i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
      i--;
    }
    if (i == 0 || line.charAt(i - 1) != escape || (i >= 2 && line.charAt(i - 2) == escape)) {
      return Optional.empty();
    }
    return Optional.of(line.substring(0, i - 1));
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Exec form: no shell, so the JSON elements are the words, all on the instruction's line. */
  private static ShellScript exec(List<String> args, int line) {
    String text = String.join(" ", args);
    List<Word> words = new ArrayList<>();
    int offset = 0;
    for (String arg : args) {
      words.add(new Word(arg, Optional.of(arg), arg, false, false, offset, line));
      offset += arg.length() + 1;
    }
    SimpleCommand command = new SimpleCommand(List.of(), words, List.of(), 0);
    Pipeline pipeline = new Pipeline(List.of(command), false, false, 0);
    return new ShellScript(
        text,
        List.of(new AndOr(List.of(pipeline), List.of(), "")),
        List.of(),
        Optional.empty(),
        LineMap.ofLine(line));
  }
}
