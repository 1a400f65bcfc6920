package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code zypper install curl} installs whatever version the repositories hold on the day of the
 * build (hadolint's DL3037). {@code pkg=version}, {@code pkg>=version}, {@code pkg<version} and
 * {@code .rpm} files count as pinned, as in hadolint.
 */
final class ZypperPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "zypper-pin-versions",
          List.of("DL3037"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "zypper install should pin each package's version: package=version");

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
    List<PackageRef> packages = new ArrayList<>();
    for (PackageCommand c : PackageCommand.in(script)) {
      if (c.manager() == PackageManager.ZYPPER
          && (c.verb().equals("install") || c.verb().equals("in"))) {
        packages.addAll(c.packages());
      }
    }
    String unpinned = PackagePins.unpinned(packages);
    if (!unpinned.isEmpty()) {
      ctx.report(at, "Specify version with zypper install -y <package>=<version>: " + unpinned);
    }
  }
}
