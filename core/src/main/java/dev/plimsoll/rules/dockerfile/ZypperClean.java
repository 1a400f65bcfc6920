package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code zypper install} leaves metadata and packages in {@code /var/cache/zypp} (hadolint's
 * DL3036). The same RUN should run {@code zypper clean} ({@code cc}), or remove the folder, or keep
 * it in a {@code cache} or {@code tmpfs} mount.
 */
final class ZypperClean implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "zypper-clean",
          List.of("DL3036"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A RUN with zypper install should end with zypper clean");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("zypper");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> zypper =
        PackageCommand.in(script).stream()
            .filter(c -> c.manager() == PackageManager.ZYPPER)
            .toList();
    boolean installs =
        zypper.stream().anyMatch(c -> c.verb().equals("install") || c.verb().equals("in"));
    boolean cleans = zypper.stream().anyMatch(c -> c.action() == Action.CLEAN);
    if (installs && !cleans && !PackageCaches.keptOut(run, script, "/var/cache/zypp")) {
      ctx.report(
          at,
          "zypper clean missing after zypper use: end the RUN with && zypper clean, or use"
              + " --mount=type=cache,target=/var/cache/zypp",
          ScriptEdits.append(ctx.dockerfile(), script, "zypper clean").stream().toList());
    }
  }
}
