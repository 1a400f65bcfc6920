package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last takes effect (BuildKit's
 * MultipleInstructionsDisallowed, hadolint's DL4003, DL4004 and DL3012). As BuildKit does, every
 * one but the last is reported, since those are the ones the build ignores; hadolint reports the
 * later ones instead. ONBUILD triggers are not counted: they run in another build.
 */
final class SingleCmdEntrypointHealthcheck implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "single-cmd-entrypoint-healthcheck",
          List.of("DL3012", "DL4003", "DL4004", "MultipleInstructionsDisallowed"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A stage should have at most one CMD, one ENTRYPOINT and one HEALTHCHECK");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage s : file.stages()) {
      check(s.all(Cmd.class), ctx);
      check(s.all(Entrypoint.class), ctx);
      check(s.all(Healthcheck.class), ctx);
    }
  }

  private static void check(List<? extends Instruction> all, RuleContext ctx) {
    for (int i = 0; i < all.size() - 1; i++) {
      Instruction ignored = all.get(i);
      Instruction last = all.get(all.size() - 1);
      ctx.report(
          ignored,
          "Multiple "
              + ignored.keyword()
              + " instructions should not be used in the same stage because only the last one"
              + " will be used: this one is overridden by line "
              + last.line());
    }
  }
}
