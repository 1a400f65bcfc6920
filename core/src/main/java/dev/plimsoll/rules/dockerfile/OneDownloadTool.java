package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Both {@code curl} and {@code wget} in one stage (hadolint's DL4001): two tools that do the same
 * job, two sets of options to read and often two packages to install. As in hadolint, each stage
 * starts afresh; once both have been used, every RUN that uses either is reported. ONBUILD triggers
 * are counted apart, as they run in another build.
 */
final class OneDownloadTool implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "one-download-tool",
          List.of("DL4001"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A stage should use either wget or curl, not both");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage stage : file.stages()) {
      Set<String> runs = new TreeSet<>();
      Set<String> triggers = new TreeSet<>();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Run run) {
          check(run, i, runs, ctx);
        } else if (i instanceof Onbuild onbuild
            && onbuild.trigger().isPresent()
            && onbuild.trigger().get() instanceof Run run) {
          check(run, i, triggers, ctx);
        }
      }
    }
  }

  private static void check(Run run, Instruction at, Set<String> seen, RuleContext ctx) {
    Set<String> used = new TreeSet<>();
    for (SimpleCommand c : ctx.script(run).running("curl", "wget")) {
      used.add(c.program());
    }
    seen.addAll(used);
    if (!used.isEmpty() && seen.size() == 2) {
      ctx.report(at, "Either use Wget or Curl but not both");
    }
  }
}
