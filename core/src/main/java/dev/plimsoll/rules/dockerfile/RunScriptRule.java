package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.util.List;

/**
 * A rule about the script a RUN runs. Like hadolint's {@code rule <> onbuild rule}, it also reads
 * the RUN of an {@code ONBUILD RUN} trigger, and reports that at the ONBUILD.
 *
 * <p>A RUN is parsed only when its text mentions one of the rule's {@link #programs()}: a command
 * the shell model recognises has its program's name written out, so a RUN that never names it has
 * nothing to report, and most RUNs are not parsed once per rule.
 */
interface RunScriptRule extends DockerfileRule {

  /** The program names the rule looks for, e.g. {@code apt-get}. */
  List<String> programs();

  /**
   * Checks one script.
   *
   * @param run the RUN, for its flags ({@code --mount})
   * @param at where to report: the RUN, or the ONBUILD that holds it
   * @param script the parsed script
   */
  void check(Run run, Instruction at, ShellScript script, RuleContext ctx);

  @Override
  default void visitRun(Run run, RuleContext ctx) {
    if (mentions(run, programs())) {
      check(run, run, ShellScript.of(run, ctx.dockerfile()), ctx);
    }
  }

  @Override
  default void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    onbuild
        .trigger()
        .filter(Run.class::isInstance)
        .map(Run.class::cast)
        .filter(run -> mentions(run, programs()))
        .ifPresent(run -> check(run, onbuild, ShellScript.of(run, ctx.dockerfile()), ctx));
  }

  private static boolean mentions(Run run, List<String> programs) {
    for (String program : programs) {
      if (run.command().text().contains(program)) {
        return true;
      }
      for (Heredoc heredoc : run.command().heredocs()) {
        if (heredoc.content().contains(program)) {
          return true;
        }
      }
    }
    return false;
  }
}
