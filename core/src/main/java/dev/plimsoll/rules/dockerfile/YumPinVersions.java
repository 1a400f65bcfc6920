package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code yum} install without a version installs whatever the repositories hold on the day of the
 * build (hadolint's DL3033). {@code pkg-version} (what follows the first hyphen looks like a
 * version: {@code java-1.8.0-openjdk}, not {@code python3-devel}) and {@code .rpm} files pin;
 * {@code module install} wants {@code name:stream}; group installs are not read.
 */
final class YumPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "yum-pin-versions",
          List.of("DL3033"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "yum install should pin each package's version: package-version");

  private static final Set<String> PROGRAMS = Set.of("yum");

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
    PackagePins.unpinnedRpms(script, PROGRAMS)
        .ifPresent(
            names ->
                ctx.report(
                    at, "Specify version with yum install -y <package>-<version>: " + names));
  }
}
