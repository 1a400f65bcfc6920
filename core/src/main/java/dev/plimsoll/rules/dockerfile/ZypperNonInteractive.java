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
import java.util.Set;

/**
 * {@code zypper install}, {@code remove}, {@code source-install} and {@code patch} stop to ask
 * unless told not to (hadolint's DL3034): the global {@code -n}/{@code --non-interactive}, or the
 * command's {@code -y}/{@code --no-confirm}.
 */
final class ZypperNonInteractive implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "zypper-non-interactive",
          List.of("DL3034"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "zypper should be given -n (--non-interactive) or -y so it does not wait for an answer");

  private static final Set<String> ASKING =
      Set.of("install", "in", "remove", "rm", "source-install", "si", "patch");

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
    List<PackageCommand> asking =
        PackageCommand.in(script).stream()
            .filter(c -> c.manager() == PackageManager.ZYPPER && ASKING.contains(c.verb()))
            .filter(c -> !c.assumesYes())
            .toList();
    if (!asking.isEmpty()) {
      String verb = asking.get(0).verb();
      // --non-interactive is a global option: valid before every verb, unlike -y.
      ctx.report(
          at,
          "Non-interactive switch missing from zypper command: zypper --non-interactive "
              + verb
              + " or zypper "
              + verb
              + " -y",
          asking.stream()
              .flatMap(
                  c ->
                      ScriptEdits.afterName(ctx.dockerfile(), script, c, "--non-interactive")
                          .stream())
              .toList());
    }
  }
}
