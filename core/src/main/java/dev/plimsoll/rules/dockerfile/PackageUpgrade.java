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
import java.util.Set;

/**
 * A whole-system upgrade in a build: {@code apt-get upgrade}/{@code dist-upgrade}/{@code
 * full-upgrade}, {@code apk upgrade}, {@code yum}/{@code dnf}/{@code microdnf} {@code
 * update}/{@code upgrade}/{@code distro-sync}, {@code zypper update}/{@code patch}. The image then
 * holds whatever the mirrors served on the day of the build, so two builds of one Dockerfile
 * differ. hadolint retired its DL3005 because an upgrade also brings security fixes; Plimsoll still
 * says it, at info, because rebuilding on a fresh base image brings the same fixes reproducibly. An
 * upgrade that names its packages ({@code yum update openssl}) is a deliberate, targeted fix and is
 * left alone; {@code zypper dist-upgrade} is zypper-no-dist-upgrade's.
 */
final class PackageUpgrade implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "package-upgrade",
          List.of(),
          Severity.INFO,
          Domain.DOCKERFILE,
          "Whole-system package upgrades make builds unreproducible; rebuild on a newer base");

  /** Verbs that upgrade too but that the shared verb tables do not list as upgrades. */
  private static final Set<String> MORE_VERBS = Set.of("update-minimal", "upgrade-minimal");

  private static final Set<String> ZYPPER_DIST_UPGRADE = Set.of("dist-upgrade", "dup");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apt", "apk", "yum", "dnf", "zypper");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    for (PackageCommand c : PackageCommand.in(script)) {
      if (upgradesEverything(c)) {
        ctx.report(
            at,
            "`"
                + c.program()
                + " "
                + c.verb()
                + "` upgrades the whole system to whatever the mirrors hold at build time:"
                + " rebuild on an updated base image instead (pin it by digest and bump it)");
        return;
      }
    }
  }

  private static boolean upgradesEverything(PackageCommand c) {
    boolean system =
        switch (c.manager()) {
          case APT, APK, YUM -> true;
          case ZYPPER -> !ZYPPER_DIST_UPGRADE.contains(c.verb());
          default -> false;
        };
    boolean upgrade =
        c.action() == Action.UPGRADE
            || (c.manager() == PackageManager.YUM && MORE_VERBS.contains(c.verb()));
    if (!system || !upgrade) {
      return false;
    }
    int verbWords = c.verb().split(" ").length;
    // Operands after the verb name packages: a targeted upgrade, not the whole system.
    return c.options().operands().size() <= verbWords;
  }
}
