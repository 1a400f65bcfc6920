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
 * {@code apk add curl} installs whatever version the repository holds on the day of the build
 * (hadolint's DL3018). As in hadolint, {@code pkg=version} and {@code pkg~version} (and so {@code
 * pkg>=version}) pin, as does a {@code .apk} file; the values of {@code --virtual}/{@code -t} and
 * {@code --repository}/{@code -X} are not packages.
 */
final class ApkPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apk-pin-versions",
          List.of("DL3018"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "apk add should pin each package's version: pkg=version");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apk");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageRef> packages = new ArrayList<>();
    for (PackageCommand c : PackageCommand.in(script)) {
      if (c.manager() == PackageManager.APK && c.installs()) {
        packages.addAll(c.packages());
      }
    }
    String unpinned = PackagePins.unpinned(packages);
    if (!unpinned.isEmpty()) {
      ctx.report(
          at, "Pin versions in apk add: " + unpinned + "; write apk add <package>=<version>");
    }
  }
}
