package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Commands that have nothing to act on during a build (hadolint's DL3001): interactive tools
 * ({@code vim}, {@code top}, {@code ssh}), init and process control ({@code service}, {@code
 * shutdown}, {@code kill}, {@code ps}) and host administration ({@code mount}, {@code free}, {@code
 * ifconfig}). hadolint's message lists {@code ifconfig} but its code forgot it; Plimsoll checks it.
 * Wrapped commands ({@code sudo service nginx start}) count; arguments ({@code apt-get install
 * vim}) and {@code command -v ps} do not.
 */
final class NoSystemCommands implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-system-commands",
          List.of("DL3001"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "RUN should not use commands that make no sense in a container build, such as ssh, vim,"
              + " service or kill");

  private static final String[] PROGRAMS = {
    "free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"
  };

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    Set<String> found = new LinkedHashSet<>();
    for (SimpleCommand c : script.invoking(PROGRAMS)) {
      found.add(c.program());
    }
    if (!found.isEmpty()) {
      ctx.report(
          at,
          "For some bash commands it makes no sense running them in a Docker container like `ssh`,"
              + " `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`"
              + " (found: "
              + String.join(", ", found)
              + ")");
    }
  }
}
