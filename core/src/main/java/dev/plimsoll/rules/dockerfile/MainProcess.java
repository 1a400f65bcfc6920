package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.shell.AndOr;
import dev.plimsoll.dockerfile.shell.Command;
import dev.plimsoll.dockerfile.shell.Pipeline;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What becomes PID 1 for a CMD or ENTRYPOINT, read on the shell command model: exec-form arguments
 * are quoted one by one and parsed, so {@code gosu}, {@code env} and {@code exec} are looked
 * through as in RUN scripts.
 */
final class MainProcess {
  private MainProcess() {}

  /** Programs that, as PID 1, forward signals to their child and reap zombies. */
  private static final Set<String> INITS =
      Set.of(
          "tini",
          "tini-static",
          "dumb-init",
          "docker-init",
          "catatonit",
          "init",
          "s6-svscan",
          "runsvdir",
          "supervisord");

  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");

  /** Scripts nest {@code sh -c "sh -c ..."} rarely; the bound keeps hostile input linear. */
  private static final int MAX_DEPTH = 4;

  /** Why PID 1 will not pass SIGTERM on, as a finding's message; empty when it will. */
  static Optional<String> problem(CommandLine line) {
    if (line.exec()) {
      return first(line).flatMap(c -> problem(c, 0));
    }
    // Plain shell form is json-args-recommended's; only what the JSON form alone would not fix.
    return last(ShellScript.parse(line.text())).flatMap(MainProcess::npm);
  }

  /** True when an exec-form command starts an init or a shell that takes CMD as arguments. */
  static boolean isInitOrShell(CommandLine line) {
    Optional<SimpleCommand> c = first(line).map(SimpleCommand::unwrapped);
    return c.isPresent() && (c.get().is(INITS.toArray(String[]::new)) || shell(c.get()));
  }

  private static Optional<String> problem(SimpleCommand written, int depth) {
    SimpleCommand c = written.unwrapped();
    if (c.is(INITS.toArray(String[]::new)) || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (!shell(c)) {
      return npm(c);
    }
    Optional<String> script =
        c.argsWithoutFlags(Set.of("-o", "-O")).stream().findFirst().flatMap(Word::literal);
    if (script.isEmpty()) {
      return Optional.empty();
    }
    ShellScript parsed = ShellScript.parse(script.get());
    if (parsed.uses("trap")) {
      return Optional.empty(); // the script handles the signals itself
    }
    Optional<SimpleCommand> last = last(parsed);
    if (last.isEmpty() || last.get().unwrapped().name().isEmpty()) {
      return Optional.empty();
    }
    if (last.get().layers().stream().anyMatch(l -> l.is("exec"))) {
      return problem(last.get(), depth + 1);
    }
    String what = String.join(" ", last.get().words().stream().map(Word::raw).toList());
    return Optional.of(
        "`"
            + c.program()
            + " -c` runs `"
            + what
            + "` as its child and does not pass SIGTERM on: write `exec "
            + what
            + "` in the script, or drop the shell and use the exec form; `docker run --init`"
            + " (tini) also forwards signals");
  }

  /** {@code npm start}, {@code npm run x}, {@code yarn start}, {@code pnpm run x}. */
  private static Optional<String> npm(SimpleCommand written) {
    SimpleCommand c = written.unwrapped();
    if (!c.is("npm", "yarn", "pnpm")) {
      return Optional.empty();
    }
    String verb = c.subcommandName(Set.of("--prefix", "--cwd", "-C", "--workspace", "-w"));
    if (!verb.equals("start") && !verb.equals("run") && !verb.equals("run-script")) {
      return Optional.empty();
    }
    // Exec-form words were quoted to be parsed: show their values, as the user wrote them.
    String what =
        String.join(" ", c.words().stream().map(w -> w.literal().orElse(w.raw())).toList());
    return Optional.of(
        "`"
            + what
            + "` keeps "
            + c.program()
            + " as PID 1, which does not pass SIGTERM on to the app: run the app itself in exec"
            + " form, e.g. CMD [\"node\", \"server.js\"], or put an init first (ENTRYPOINT"
            + " [\"tini\", \"--\"], or `docker run --init`)");
  }

  private static boolean shell(SimpleCommand c) {
    return c.is(SHELLS.toArray(String[]::new)) && c.hasFlag("-c");
  }

  private static Optional<SimpleCommand> first(CommandLine line) {
    if (line.args().isEmpty()) {
      return Optional.empty();
    }
    StringBuilder quoted = new StringBuilder();
    for (String arg : line.args()) {
      quoted.append('\'').append(arg.replace("'", "'\\''")).append("' ");
    }
    List<SimpleCommand> commands = ShellScript.parse(quoted.toString()).commands();
    return commands.isEmpty() ? Optional.empty() : Optional.of(commands.get(0));
  }

  /** The command the script ends with, when that is a simple command run in the foreground. */
  private static Optional<SimpleCommand> last(ShellScript script) {
    List<AndOr> lists = script.lists();
    if (lists.isEmpty() || lists.get(lists.size() - 1).background()) {
      return Optional.empty();
    }
    List<Pipeline> pipelines = lists.get(lists.size() - 1).pipelines();
    List<Command> commands = pipelines.get(pipelines.size() - 1).commands();
    return commands.get(commands.size() - 1) instanceof SimpleCommand s
        ? Optional.of(s)
        : Optional.empty();
  }
}
