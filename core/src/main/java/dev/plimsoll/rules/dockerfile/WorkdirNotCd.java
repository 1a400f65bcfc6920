package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code cd} in a RUN (hadolint's DL3003): WORKDIR says where the following commands run, and lasts
 * for the following instructions, where a {@code cd} is forgotten at the end of its RUN. As in
 * hadolint, a {@code cd} in a subshell counts. One exception: a {@code cd} that is the last command
 * of a script that ran others ({@code make install && cd /}) only resets the directory and changes
 * nothing. A RUN that is nothing but a {@code cd} gets its own message: it has no effect at all.
 */
final class WorkdirNotCd implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "workdir-not-cd",
          List.of("DL3003"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Use WORKDIR to switch to a directory, not cd in RUN");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    if (run.command().exec()) {
      return; // no shell: RUN ["cd", "dir"] fails the build on its own
    }
    List<SimpleCommand> commands = script.commands();
    int last = commands.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (!commands.get(i).is("cd")) {
        continue;
      }
      if (last == 0) {
        ctx.report(
            at,
            "Use WORKDIR to switch to a directory: a RUN that only runs cd has no effect on the"
                + " instructions after it");
        return;
      }
      if (i < last) {
        ctx.report(at, "Use WORKDIR to switch to a directory");
        return;
      }
    }
  }
}
