package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.Optional;

/**
 * A rule about what one RUN script does, checked the same way on an {@code ONBUILD RUN} trigger
 * (hadolint's {@code rule <> onbuild rule}): the trigger runs in another build, but the script is
 * written here and the advice is the same.
 */
abstract class RunScriptRule implements DockerfileRule {

  @Override
  public final void visitRun(Run run, RuleContext ctx) {
    check(run, ctx.script(run), run, ctx);
  }

  @Override
  public final void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    Optional<Instruction> trigger = onbuild.trigger();
    if (trigger.isPresent() && trigger.get() instanceof Run run) {
      check(run, ctx.script(run), onbuild, ctx);
    }
  }

  /**
   * Checks one script.
   *
   * @param run the RUN, or the trigger of an ONBUILD
   * @param script its parsed script
   * @param at the instruction to report on: the RUN itself, or the ONBUILD that holds it
   */
  abstract void check(Run run, ShellScript script, Instruction at, RuleContext ctx);
}
