package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * CMD and ENTRYPOINT in shell form run under {@code /bin/sh -c}, which does not pass signals on
 * (hadolint's DL3025, BuildKit's JSONArgsRecommended). As in BuildKit's dispatcher, a stage whose
 * image has a SHELL set (in the stage, or in an earlier stage it builds on) is exempt: the shell
 * form is then a deliberate choice. ONBUILD triggers are not checked; they run in another build.
 */
final class JsonArgsRecommended implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "json-args-recommended",
          List.of("DL3025", "JSONArgsRecommended"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "CMD and ENTRYPOINT should use the JSON (exec) form so the program receives signals");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCmd(Cmd cmd, RuleContext ctx) {
    check(cmd, cmd.command(), ctx);
  }

  @Override
  public void visitEntrypoint(Entrypoint entrypoint, RuleContext ctx) {
    check(entrypoint, entrypoint.command(), ctx);
  }

  private static void check(Instruction ins, CommandLine command, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    if (command.exec() || shellSet(file, file.stageOf(ins), ins)) {
      return;
    }
    ctx.report(
        ins,
        "JSON arguments recommended for "
            + ins.keyword()
            + " to prevent unintended behavior related to OS signals: write it as "
            + ins.keyword()
            + " [\"executable\", \"arg\"]");
  }

  /** True when a SHELL comes before {@code until} in the stage or in a stage it builds on. */
  private static boolean shellSet(Dockerfile file, Optional<Stage> stage, Instruction until) {
    if (stage.isEmpty()) {
      return false;
    }
    for (Instruction i : stage.get().instructions()) {
      if (i.equals(until)) {
        break;
      }
      if (i instanceof Shell) {
        return true;
      }
    }
    Stage s = stage.get();
    Optional<Stage> parent = file.stage(s.from().image(), s.index());
    return parent.isPresent() && shellSet(file, parent, s.from());
  }
}
