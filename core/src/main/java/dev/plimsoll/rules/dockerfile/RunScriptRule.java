package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;

/**
 * A rule about the script a RUN runs. Like hadolint's {@code rule <> onbuild rule}, it also reads
 * the RUN of an {@code ONBUILD RUN} trigger, and reports that at the ONBUILD.
 */
interface RunScriptRule extends DockerfileRule {

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
    check(run, run, ShellScript.of(run, ctx.dockerfile()), ctx);
  }

  @Override
  default void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    onbuild
        .trigger()
        .filter(Run.class::isInstance)
        .map(Run.class::cast)
        .ifPresent(run -> check(run, onbuild, ShellScript.of(run, ctx.dockerfile()), ctx));
  }
}
