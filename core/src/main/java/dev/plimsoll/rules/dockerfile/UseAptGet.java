package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code apt} is apt's command line for people: its output and behaviour may change between
 * releases, and it warns that it has no stable interface for scripts (hadolint's DL3027). Any
 * command that runs {@code apt}, through {@code sudo} and the like, is reported.
 */
final class UseAptGet implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "use-apt-get",
          List.of("DL3027"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Scripts should use apt-get or apt-cache, not apt");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("apt");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    if (script.uses("apt")) {
      ctx.report(
          at,
          "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead");
    }
  }
}
