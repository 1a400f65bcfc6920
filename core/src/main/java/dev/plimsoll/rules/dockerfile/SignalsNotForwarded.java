package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The container's PID 1 is a process that does not pass SIGTERM on to the program: {@code npm
 * start} (and yarn's and pnpm's), or a shell run as {@code ["sh", "-c", "..."]} whose script does
 * not {@code exec} its last command. {@code docker stop} then waits its 10 seconds and kills the
 * program without a clean shutdown. Only the image's effective CMD and ENTRYPOINT count: the final
 * stage's, or those it inherits from a stage it is built on. A plain shell-form CMD or ENTRYPOINT
 * is json-args-recommended's (DL3025, JSONArgsRecommended) finding and not repeated here; a
 * shell-form one is checked only for {@code npm start}, which the JSON form alone does not fix. An
 * init (tini, dumb-init, {@code docker-init}) as ENTRYPOINT makes the CMD fine.
 */
final class SignalsNotForwarded implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "signals-not-forwarded",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "The container's main process should get SIGTERM: not through npm start or an sh -c"
              + " that does not exec");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Optional<Entrypoint> entrypoint = entrypoint(file, ctx.runStage());
    Optional<Cmd> cmd = cmd(file, ctx.runStage());
    if (entrypoint.isPresent()) {
      CommandLine ep = entrypoint.get().command();
      if (report(entrypoint.get(), ep, ctx) || !ep.exec() || MainProcess.isInitOrShell(ep)) {
        // A shell-form ENTRYPOINT ignores CMD; an init forwards signals to it; a shell takes it as
        // its positional parameters.
        return;
      }
    }
    cmd.ifPresent(c -> report(c, c.command(), ctx));
  }

  private static boolean report(Instruction at, CommandLine command, RuleContext ctx) {
    Optional<String> problem = MainProcess.problem(command);
    problem.ifPresent(p -> ctx.report(at, p));
    return problem.isPresent();
  }

  /** The ENTRYPOINT the stage's image has: its own last one, or its parent stage's. */
  private static Optional<Entrypoint> entrypoint(Dockerfile file, Stage stage) {
    // A loop, not recursion: a chain of thousands of stages must not overflow the stack.
    for (Optional<Stage> s = Optional.of(stage);
        s.isPresent();
        s = StageLineage.parent(file, s.get())) {
      List<Entrypoint> own = s.get().all(Entrypoint.class);
      if (!own.isEmpty()) {
        return Optional.of(own.get(own.size() - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * The CMD the stage's image has. Setting ENTRYPOINT drops the CMD inherited from the base image,
   * though not one set in the same stage (BuildKit's dispatchEntrypoint, {@code cmdSet}).
   */
  private static Optional<Cmd> cmd(Dockerfile file, Stage stage) {
    for (Optional<Stage> s = Optional.of(stage);
        s.isPresent();
        s = StageLineage.parent(file, s.get())) {
      List<Cmd> own = s.get().all(Cmd.class);
      if (!own.isEmpty()) {
        return Optional.of(own.get(own.size() - 1));
      }
      if (!s.get().all(Entrypoint.class).isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
