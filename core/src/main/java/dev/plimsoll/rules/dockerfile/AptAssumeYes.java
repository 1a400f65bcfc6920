package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * {@code apt-get install} without {@code -y} stops to ask, and a build has no one to answer
 * (hadolint's DL3014). {@code -y}, {@code --yes}, {@code --assume-yes}, {@code -qq} (which implies
 * {@code -y}) and {@code -o APT::Get::Assume-Yes=true} answer for it; {@code
 * DEBIAN_FRONTEND=noninteractive} does not.
 */
final class AptAssumeYes implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "apt-assume-yes",
          List.of("DL3014"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "apt-get install should be given -y so it does not wait for an answer");

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
    List<PackageCommand> asking =
        PackageCommand.in(script).stream()
            .filter(c -> c.program().equals("apt-get") && c.installs())
            .filter(c -> !c.assumesYes() && !configured(c))
            .toList();
    if (!asking.isEmpty()) {
      ctx.report(
          at,
          "Use the -y switch to avoid manual input: apt-get -y install <package>",
          ScriptEdits.afterVerb(ctx.dockerfile(), script, asking, "-y"));
    }
  }

  private static boolean configured(PackageCommand c) {
    return c.options().flags().stream()
        .filter(f -> f.name().equals("-o") || f.name().equals("--option"))
        .flatMap(f -> f.value().stream())
        .map(v -> v.toLowerCase(Locale.ROOT).replace(" ", ""))
        .anyMatch(v -> v.equals("apt::get::assume-yes=true") || v.equals("apt::get::assume-yes=1"));
  }
}
