package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code wget} with its default progress bar (hadolint's DL3047): without a terminal it prints a
 * line of dots per few kilobytes, thousands of lines in the build log for a large download. As in
 * hadolint, {@code --progress=...}, {@code -q}/{@code --quiet}, {@code -nv}/{@code --no-verbose},
 * and a log file ({@code -o}, {@code -a}) all answer it.
 */
final class WgetQuietProgress implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "wget-quiet-progress",
          List.of("DL3047"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "wget should use --progress=dot:giga, -q or -nv to keep build logs small");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    for (SimpleCommand c : script.running("wget")) {
      boolean quiet =
          c.hasAnyFlag(
                  "--progress",
                  "-q",
                  "--quiet",
                  "--no-verbose",
                  "-o",
                  "--output-file",
                  "-a",
                  "--append-output")
              || c.arguments().stream().anyMatch(w -> w.is("-nv"));
      if (!quiet) {
        ctx.report(
            at,
            "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or"
                + " consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)");
        return;
      }
    }
  }
}
