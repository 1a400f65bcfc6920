package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code yum} install without {@code -y} stops to ask, and a build has no one to answer (hadolint's
 * DL3030). Every install verb counts: {@code install}, {@code groupinstall}, {@code localinstall},
 * {@code group install}, {@code module install}, {@code reinstall}.
 */
final class YumAssumeYes implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "yum-assume-yes",
          List.of("DL3030"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "yum install should be given -y so it does not wait for an answer");

  private static final Set<String> PROGRAMS = Set.of("yum");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public List<String> programs() {
    return List.of("yum");
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> asking =
        PackageCommand.in(script).stream()
            .filter(c -> PROGRAMS.contains(c.program()) && c.installs())
            .filter(c -> !c.hasFlag("-y", "--assumeyes"))
            .toList();
    if (!asking.isEmpty()) {
      ctx.report(
          at,
          "Use the -y switch to avoid manual input: "
              + asking.get(0).program()
              + " install -y <package>",
          ScriptEdits.afterVerb(ctx.dockerfile(), script, asking, "-y"));
    }
  }
}
