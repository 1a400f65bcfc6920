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
 * {@code apk add} without {@code --no-cache} keeps the package index under {@code /var/cache/apk}
 * (hadolint's DL3019). {@code --no-cache} fetches a fresh index and keeps nothing, so {@code
 * --update} and {@code rm -rf /var/cache/apk/*} become unnecessary. As in hadolint 2.12 and later,
 * a BuildKit cache mount on {@code /var/cache/apk} is accepted instead (Plimsoll also accepts a
 * {@code tmpfs} mount, or one on a folder above it).
 */
final class ApkNoCache implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apk-no-cache",
          List.of("DL3019"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "apk add should be given --no-cache");

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
    if (PackageCaches.mounted(run, "/var/cache/apk")) {
      return;
    }
    List<PackageCommand> caching =
        PackageCommand.in(script).stream()
            .filter(c -> c.manager() == PackageManager.APK && c.installs())
            .filter(c -> !c.hasFlag("--no-cache"))
            .toList();
    if (!caching.isEmpty()) {
      ctx.report(
          at,
          "Use the --no-cache switch to avoid the need to use --update and remove"
              + " /var/cache/apk/* when done installing packages",
          ScriptEdits.afterVerb(
              ctx.dockerfile(),
              script,
              // With --no-network apk downloads nothing; --no-cache would make it want an index.
              caching.stream().filter(c -> !c.hasFlag("--no-network")).toList(),
              "--no-cache"));
    }
  }
}
