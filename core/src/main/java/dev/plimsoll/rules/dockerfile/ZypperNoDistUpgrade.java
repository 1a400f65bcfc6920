package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code zypper dist-upgrade} moves the image to whatever the repositories hold, possibly a new
 * distribution release, on every build (hadolint's DL3035). Pick a newer base image instead.
 */
final class ZypperNoDistUpgrade implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "zypper-no-dist-upgrade",
          List.of("DL3035"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "zypper dist-upgrade should not run in a build");

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
    for (PackageCommand c : PackageCommand.in(script)) {
      if (c.manager() == PackageManager.ZYPPER
          && (c.verb().equals("dist-upgrade") || c.verb().equals("dup"))) {
        ctx.report(at, "Do not use zypper dist-upgrade: use a newer base image instead");
        return;
      }
    }
  }
}
