package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code yum install} leaves downloaded packages and metadata in {@code /var/cache/yum} (hadolint's
 * DL3032). The same RUN should run {@code yum clean all}, or remove {@code /var/cache/yum}, or keep
 * it in a {@code cache} or {@code tmpfs} mount.
 */
final class YumCleanAll implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "yum-clean-all",
          List.of("DL3032"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A RUN with yum install should end with yum clean all");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("yum");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> yum =
        PackageCommand.in(script).stream().filter(c -> c.program().equals("yum")).toList();
    boolean installs = yum.stream().anyMatch(PackageCommand::installs);
    boolean cleans = yum.stream().anyMatch(c -> c.action() == Action.CLEAN);
    if (installs && !cleans && !PackageCaches.keptOut(run, script, "/var/cache/yum")) {
      ctx.report(
          at,
          "yum clean all missing after yum command: end the RUN with && yum clean all, or use"
              + " --mount=type=cache,target=/var/cache/yum",
          ScriptEdits.append(ctx.dockerfile(), script, "yum clean all").stream().toList());
    }
  }
}
