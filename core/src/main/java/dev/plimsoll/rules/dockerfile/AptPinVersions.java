package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code apt-get install curl} installs whatever version the archive holds on the day of the build
 * (hadolint's DL3008). As in hadolint, {@code pkg=version}, {@code pkg/release} and {@code .deb}
 * files (or any path) count as pinned, and the value of {@code -t}/{@code --target-release} is not
 * a package. Only {@code apt-get} is read: {@code apt} is {@link UseAptGet}'s.
 */
final class AptPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apt-pin-versions",
          List.of("DL3008"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "apt-get install should pin each package's version: pkg=version");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apt-get");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageRef> packages = new ArrayList<>();
    for (PackageCommand c : PackageCommand.in(script)) {
      if (c.program().equals("apt-get") && c.installs()) {
        packages.addAll(c.packages());
      }
    }
    String unpinned = PackagePins.unpinned(packages);
    if (!unpinned.isEmpty()) {
      ctx.report(
          at,
          "Pin versions in apt-get install: "
              + unpinned
              + "; write apt-get install <package>=<version>");
    }
  }
}
