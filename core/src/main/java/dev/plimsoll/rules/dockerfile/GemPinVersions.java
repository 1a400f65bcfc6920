package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.PackageRef;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gem install} of a gem without a version (hadolint's DL3028): {@code gem install rails}.
 * {@code rails:7.1.0} pins it, and so does {@code -v}/{@code --version} for every gem of the
 * command, as in hadolint. A local {@code .gem} file and a gem named by a variable are not
 * reported.
 */
final class GemPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "gem-pin-versions",
          List.of("DL3028"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "gem install should pin gem versions");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<String> unpinned = new ArrayList<>();
    for (PackageCommand pc : PackageCommand.in(script)) {
      if (pc.manager() != PackageManager.GEM || !pc.installs()) {
        continue;
      }
      for (PackageRef p : pc.packages()) {
        String text = p.word().unquoted();
        if (!p.pinned() && !text.startsWith("$") && !text.endsWith(".gem")) {
          unpinned.add(p.name());
        }
      }
    }
    if (!unpinned.isEmpty()) {
      ctx.report(
          at,
          "Pin versions in gem install. Instead of `gem install <gem>` use `gem install"
              + " <gem>:<version>` ("
              + String.join(", ", unpinned)
              + ")");
    }
  }
}
