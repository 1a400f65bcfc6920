package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.List;
import java.util.Optional;

/**
 * A rule about what RUN scripts do. It checks every RUN and, as current hadolint does, every {@code
 * ONBUILD RUN} trigger, on the script the engine parsed once for all rules ({@link
 * RuleContext#script}).
 */
interface RunScriptRule extends DockerfileRule {
  /**
   * The program names the rule looks for, e.g. {@code apt-get}: a RUN whose text names none of them
   * is skipped before any parsing. Empty (the default) means every RUN.
   */
  default List<String> programs() {
    return List.of();
  }

  /**
   * Checks one script.
   *
   * @param run the RUN whose script it is
   * @param script the parsed script
   * @param at the instruction to report on: the RUN, or the ONBUILD that holds it
   */
  void check(Run run, ShellScript script, Instruction at, RuleContext ctx);

  @Override
  default void visitRun(Run run, RuleContext ctx) {
    if (mentions(run, programs())) {
      check(run, ctx.script(run), run, ctx);
    }
  }

  @Override
  default void visitOnbuild(Onbuild onbuild, RuleContext ctx) {
    Optional<Instruction> trigger = onbuild.trigger();
    if (trigger.isPresent() && trigger.get() instanceof Run run && mentions(run, programs())) {
      check(run, ctx.script(run), onbuild, ctx);
    }
  }

  private static boolean mentions(Run run, List<String> programs) {
    return programs.isEmpty() || RunMentions.any(run, programs);
  }
}
