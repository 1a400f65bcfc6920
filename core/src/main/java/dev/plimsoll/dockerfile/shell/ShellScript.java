package dev.plimsoll.dockerfile.shell;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * A RUN body parsed once into lists, pipelines and commands, for every rule to read. Immutable;
 * parsing never throws: what could not be read is in {@link #problems()}.
 */
public final class ShellScript {
  private final String text;
  private final List<AndOr> lists;
  private final List<Problem> problems;
  private final Optional<String> interpreter;
  private final LineMap lineMap;
  private final List<SimpleCommand> commands = new ArrayList<>();
  private final List<Pipeline> pipelines = new ArrayList<>();
  private final IdentityHashMap<Pipeline, AndOr> listOf = new IdentityHashMap<>();
  private final IdentityHashMap<Command, Pipeline> pipelineOf = new IdentityHashMap<>();
  // Read by several rules per RUN; found once, on first use. A race only computes it twice.
  private volatile List<PackageCommand> packageCommands;

  ShellScript(
      String text,
      List<AndOr> lists,
      List<Problem> problems,
      Optional<String> interpreter,
      LineMap lineMap) {
    this.text = text;
    this.lineMap = lineMap;
    this.lists = List.copyOf(lists);
    this.problems = List.copyOf(problems);
    this.interpreter = interpreter;
    index(this.lists);
  }

  /** Parses a script on its own; word lines count from 1 at its start. */
  public static ShellScript parse(String script) {
    return parse(script, LineMap.ofScript(script), Optional.empty());
  }

  /**
   * The script a RUN runs, with Dockerfile lines: its shell form (continuation lines joined, as
   * BuildKit joins them), the body of a lone {@code RUN <<EOF} heredoc, or the command line
   * followed by its heredocs as BuildKit hands them to the shell. Exec form gives one command whose
   * words are the JSON elements. A shell-form RUN under a {@code SHELL} that is not a POSIX shell
   * (PowerShell, {@code cmd}) is not parsed: it has no commands and names that shell in {@link
   * #interpreter()}.
   */
  public static ShellScript of(Run run, Dockerfile dockerfile) {
    if (!run.command().exec()) {
      Optional<String> foreign = RunScripts.foreignShell(run, dockerfile);
      if (foreign.isPresent()) {
        String text = run.command().text();
        return new ShellScript(
            text, List.of(), List.of(), foreign, LineMap.ofLine(run.node().startLine()));
      }
    }
    return RunScripts.of(run, dockerfile.syntax());
  }

  static ShellScript parse(String script, LineMap lines, Optional<String> interpreter) {
    List<Problem> problems = new ArrayList<>();
    List<AndOr> lists = new Parser(script, lines, problems).script();
    return new ShellScript(script, lists, problems, interpreter, lines);
  }

  /** Walks the tree once, in the order written; depth is bounded by the parser. */
  private void index(List<AndOr> body) {
    for (AndOr list : body) {
      for (Pipeline pipeline : list.pipelines()) {
        pipelines.add(pipeline);
        listOf.put(pipeline, list);
        for (Command command : pipeline.commands()) {
          pipelineOf.put(command, pipeline);
          if (command instanceof SimpleCommand simple) {
            commands.add(simple);
          } else if (command instanceof CompoundCommand compound) {
            index(compound.body());
          }
        }
      }
    }
  }

  /** The script text the offsets refer to. */
  public String text() {
    return text;
  }

  /** {@link PackageCommand#in}, found once per script. */
  List<PackageCommand> packageCommands() {
    List<PackageCommand> found = packageCommands;
    if (found == null) {
      found = PackageCommand.find(this);
      packageCommands = found;
    }
    return found;
  }

  /**
   * The line of {@code offset} in {@link #text()}: a Dockerfile line for scripts made by {@link
   * #of}, else a line counted from 1; for tools that report positions in the script, such as
   * ShellCheck.
   */
  public int lineAt(int offset) {
    return lineMap.line(Math.max(0, Math.min(offset, text.length())));
  }

  /**
   * Where {@code offset} in {@link #text()} sits in the Dockerfile, for scripts made by {@link #of}
   * whose text maps back to the source character for character: shell form (continuations and
   * comment lines between them skipped) and heredoc bodies. Empty for exec form, {@code <<-} bodies
   * and scripts parsed on their own.
   */
  public Optional<SourcePosition> sourceAt(int offset) {
    return lineMap.position(Math.max(0, Math.min(offset, text.length())));
  }

  /** The top-level and-or lists, in order. */
  public List<AndOr> lists() {
    return lists;
  }

  /**
   * Every simple command, in the order written, including those in subshells, groups, loops,
   * branches and function bodies; not those inside command substitutions ({@code $(...)}, which
   * hadolint does not look into either) nor inside strings handed to {@code sh -c}.
   */
  public List<SimpleCommand> commands() {
    return Collections.unmodifiableList(commands);
  }

  /** Every pipeline, nested ones included, in the order written. */
  public List<Pipeline> pipelines() {
    return Collections.unmodifiableList(pipelines);
  }

  /** What could not be parsed; empty for a well-formed script. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The interpreter that runs the script when it is not a POSIX shell: the {@code #!} line of a
   * {@code RUN <<EOF} body ({@code python3}), or the stage's {@code SHELL} ({@code powershell});
   * such a script is not parsed and has no commands.
   */
  public Optional<String> interpreter() {
    return interpreter;
  }

  /** The pipeline that holds the command. */
  public Optional<Pipeline> pipelineOf(Command command) {
    return Optional.ofNullable(pipelineOf.get(command));
  }

  /** The and-or list that holds the pipeline. */
  public Optional<AndOr> listOf(Pipeline pipeline) {
    return Optional.ofNullable(listOf.get(pipeline));
  }

  /** True when a failure of the command does not fail its list: {@code cmd || true}. */
  public boolean failureHandled(Command command) {
    Optional<Pipeline> pipeline = pipelineOf(command);
    return pipeline.isPresent()
        && pipeline.flatMap(this::listOf).filter(l -> l.failureHandled(pipeline.get())).isPresent();
  }

  /**
   * The commands that run any of {@code programs}, looking through wrappers such as {@code sudo}.
   */
  public List<SimpleCommand> running(String... programs) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand command : commands) {
      SimpleCommand unwrapped = command.unwrapped();
      if (unwrapped.is(programs)) {
        found.add(unwrapped);
      }
    }
    return found;
  }

  /**
   * The commands, at any depth of wrapping, that are one of {@code programs}: unlike {@link
   * #running}, finds the wrapper itself ({@code sudo} in {@code sudo make}) as well as what it runs
   * ({@code service} in {@code sudo service x start}).
   */
  public List<SimpleCommand> invoking(String... programs) {
    List<SimpleCommand> found = new ArrayList<>();
    for (SimpleCommand command : commands) {
      for (SimpleCommand layer : command.layers()) {
        if (layer.is(programs)) {
          found.add(layer);
        }
      }
    }
    return found;
  }

  /** True when any command runs one of the programs (hadolint's {@code usingProgram}). */
  public boolean uses(String... programs) {
    return !running(programs).isEmpty();
  }

  /**
   * True when a {@code set} in the script leaves {@code pipefail} on, as hadolint's DL4006 reads
   * it; {@link Pipeline#pipefail()} tells whether it was on for a given pipeline. A SHELL
   * instruction with {@code -o pipefail} is for the rule to check.
   */
  public boolean usesPipefail() {
    Optional<Boolean> state = Optional.empty();
    for (SimpleCommand command : commands) {
      Optional<Boolean> set = SetBuiltin.pipefail(command);
      state = set.isPresent() ? set : state;
    }
    return state.orElse(false);
  }
}
