package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageCommand.Action;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code dnf install} and {@code microdnf install} leave downloaded packages and metadata in the
 * cache (hadolint's DL3040). The same RUN should run {@code dnf clean all} (with the same program,
 * as hadolint reads it), or remove the cache folder ({@code /var/cache/dnf}, {@code
 * /var/cache/yum}, {@code /var/cache/libdnf5}), or keep it in a {@code cache} or {@code tmpfs}
 * mount.
 */
final class DnfCleanAll implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "dnf-clean-all",
          List.of("DL3040"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A RUN with dnf install should end with dnf clean all");

  private static final String[] CACHES = {"/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5"};

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("dnf");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> commands = PackageCommand.in(script);
    for (String program : List.of("dnf", "microdnf")) {
      boolean installs =
          commands.stream().anyMatch(c -> c.program().equals(program) && c.installs());
      boolean cleans =
          commands.stream()
              .anyMatch(c -> c.program().equals(program) && c.action() == Action.CLEAN);
      if (installs && !cleans && !PackageCaches.keptOut(run, script, CACHES)) {
        ctx.report(
            at,
            program
                + " clean all missing after "
                + program
                + " command: end the RUN with && "
                + program
                + " clean all, or use --mount=type=cache,target=/var/cache/"
                + (program.equals("dnf") ? "dnf" : "yum"),
            ScriptEdits.append(ctx.dockerfile(), script, program + " clean all").stream().toList());
        return;
      }
    }
  }
}
