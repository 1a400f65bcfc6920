package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.Pipeline;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN with a pipe and no {@code pipefail} (hadolint's DL4006): a pipeline's status is its last
 * command's, so {@code curl URL | tar -x} succeeds when the download fails. Answered, as in
 * hadolint, by a SHELL of bash, zsh or ash (Plimsoll adds ksh and mksh) with {@code -o pipefail},
 * and by a SHELL that is not POSIX (PowerShell, {@code cmd}); {@code sh -o pipefail} is not, since
 * dash, Debian's sh, may lack the option. Unlike hadolint, a {@code set -o pipefail} earlier in the
 * same script also answers it (a shell without the option fails the build there, so it cannot be
 * silently ignored), a SHELL inherited from the stage this one is built on counts, and pipes inside
 * command substitutions ({@code V=$(curl URL | jq .v)}) are seen, as hadolint's ShellCheck sees
 * them. ONBUILD triggers are not checked: the shell is the other build's.
 */
final class PipefailForPipes implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "pipefail-for-pipes",
          List.of("DL4006"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Set -o pipefail (in SHELL or the script) before a RUN with a pipe");

  private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh");
  private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd");
  private static final int MAX_DEPTH = 8;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitRun(Run run, RuleContext ctx) {
    ShellScript script = ctx.script(run);
    if (script.interpreter().isPresent() || !unguardedPipe(script, false, 0)) {
      return;
    }
    Dockerfile file = ctx.dockerfile();
    Optional<Shell> shell = shellFor(file, file.stageOf(run), run);
    if (shell.isEmpty() || !answers(shell.get().shell())) {
      ctx.report(
          run,
          "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh"
              + " in an alpine image or if your shell is symlinked to busybox then consider"
              + " explicitly setting your SHELL to /bin/ash, or disable this check");
    }
  }

  /** True when a pipeline of the script, or of a substitution in it, runs without pipefail. */
  private static boolean unguardedPipe(ShellScript script, boolean inherited, int depth) {
    for (Pipeline p : script.pipelines()) {
      if (p.isPiped() && !inherited && !p.pipefail()) {
        return true;
      }
    }
    if (depth >= MAX_DEPTH) {
      return false;
    }
    for (SimpleCommand c : script.commands()) {
      boolean on = inherited || script.pipelineOf(c).map(Pipeline::pipefail).orElse(false);
      for (ShellScript inner : c.substitutions()) {
        if (unguardedPipe(inner, on, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A non-POSIX shell, or bash and kin with {@code -o pipefail}. */
  private static boolean answers(List<String> shell) {
    if (shell.isEmpty()) {
      return false;
    }
    String program = shell.get(0).replace('\\', '/');
    program = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    program = program.endsWith(".exe") ? program.substring(0, program.length() - 4) : program;
    if (NON_POSIX.contains(program)) {
      return true;
    }
    boolean optionO = false;
    for (String arg : shell.subList(1, shell.size())) {
      optionO |= arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('o') > 0;
    }
    return PIPEFAIL_SHELLS.contains(program) && optionO && shell.contains("pipefail");
  }

  /** The last SHELL before {@code until} in the stage, else in the stage it is built on. */
  private static Optional<Shell> shellFor(
      Dockerfile file, Optional<Stage> stage, Instruction until) {
    if (stage.isEmpty()) {
      return Optional.empty();
    }
    Optional<Shell> last = Optional.empty();
    for (Instruction i : stage.get().instructions()) {
      if (i.equals(until)) {
        break;
      }
      if (i instanceof Shell s) {
        last = Optional.of(s);
      }
    }
    if (last.isPresent()) {
      return last;
    }
    Stage s = stage.get();
    return shellFor(file, file.stage(s.from().image(), s.index()), s.from());
  }
}
