package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code ln} onto {@code /bin/sh} (hadolint's DL4005): replacing the system shell by a link changes
 * it for every script in the image, packages' maintainer scripts included, while a SHELL
 * instruction changes only what the Dockerfile runs. hadolint reports any {@code ln} that names
 * {@code /bin/sh}; Plimsoll only one that makes {@code /bin/sh} the link ({@code ln -sf bash
 * /bin/sh}), not one that links to it.
 */
final class UseShellInstruction implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "use-shell-instruction",
          List.of("DL4005"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Use SHELL to change the default shell, not a link on /bin/sh");

  private static final Set<String> VALUE_FLAGS =
      Set.of("-S", "--suffix", "-t", "--target-directory");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    for (SimpleCommand ln : script.running("ln")) {
      List<Word> operands = ln.argsWithoutFlags(VALUE_FLAGS);
      if (operands.size() >= 2 && operands.get(operands.size() - 1).is("/bin/sh")) {
        ctx.report(at, "Use SHELL to change the default shell");
        return;
      }
    }
  }
}
