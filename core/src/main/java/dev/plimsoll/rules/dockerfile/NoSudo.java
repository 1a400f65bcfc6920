package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code sudo} in a RUN (hadolint's DL3004). Builds run as root unless a USER says otherwise, and
 * sudo's TTY and PAM behaviour make it unreliable there. Found wherever it runs, also behind {@code
 * env} or {@code nohup}; never in arguments ({@code echo sudo}) or quoted text.
 */
final class NoSudo implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-sudo",
          List.of("DL3004"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Do not use sudo in RUN; switch users with USER, or gosu at run time");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    if (!script.invoking("sudo").isEmpty()) {
      ctx.report(
          at,
          "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce"
              + " root");
    }
  }
}
