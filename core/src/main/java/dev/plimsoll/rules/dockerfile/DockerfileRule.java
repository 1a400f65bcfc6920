package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Env;
import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.dockerfile.instruction.Maintainer;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stopsignal;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.dockerfile.instruction.Volume;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.rules.Rule;

/**
 * A rule about one Dockerfile. The engine calls, for every top-level instruction in file order,
 * {@link #visit} and then the typed hook of the instruction's kind; then {@link #visitFile} once.
 * The trigger of an {@code ONBUILD} is not visited on its own: a rule that cares looks at {@link
 * Onbuild#trigger()}. Every hook does nothing unless overridden; a rule overrides the one or two it
 * needs and reports through the context.
 */
public interface DockerfileRule extends Rule {
  default void visit(Instruction instruction, RuleContext ctx) {}

  default void visitFrom(From from, RuleContext ctx) {}

  default void visitRun(Run run, RuleContext ctx) {}

  default void visitCmd(Cmd cmd, RuleContext ctx) {}

  default void visitEntrypoint(Entrypoint entrypoint, RuleContext ctx) {}

  default void visitShell(Shell shell, RuleContext ctx) {}

  default void visitHealthcheck(Healthcheck healthcheck, RuleContext ctx) {}

  default void visitLabel(Label label, RuleContext ctx) {}

  default void visitEnv(Env env, RuleContext ctx) {}

  default void visitArg(Arg arg, RuleContext ctx) {}

  default void visitMaintainer(Maintainer maintainer, RuleContext ctx) {}

  default void visitExpose(Expose expose, RuleContext ctx) {}

  default void visitCopy(Copy copy, RuleContext ctx) {}

  default void visitAdd(Add add, RuleContext ctx) {}

  default void visitVolume(Volume volume, RuleContext ctx) {}

  default void visitUser(User user, RuleContext ctx) {}

  default void visitWorkdir(Workdir workdir, RuleContext ctx) {}

  default void visitStopsignal(Stopsignal stopsignal, RuleContext ctx) {}

  default void visitOnbuild(Onbuild onbuild, RuleContext ctx) {}

  /** Once per file, after every instruction: for rules that compare instructions. */
  default void visitFile(Dockerfile file, RuleContext ctx) {}
}
