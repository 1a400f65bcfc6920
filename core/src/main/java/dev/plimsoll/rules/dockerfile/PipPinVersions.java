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
 * {@code pip install} of a package without a version (hadolint's DL3013). As in hadolint, any
 * version specifier counts ({@code ==}, {@code >=}, {@code ~=}), as do archives, paths, URLs and a
 * VCS URL with a reference ({@code git+https://host/repo@v1}); an install with {@code -r}, {@code
 * -c} or the local project ({@code .}) is left alone, the pins being in the file. A package named
 * by a variable ({@code $PKG}) may hold its own pin and is not reported.
 */
final class PipPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "pip-pin-versions",
          List.of("DL3013"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "pip install should pin package versions");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<String> unpinned = new ArrayList<>();
    for (PackageCommand pc : PackageCommand.in(script)) {
      if (pc.manager() != PackageManager.PIP
          || !pc.installs()
          || pc.hasFlag("-r", "--requirement", "-c", "--constraint")
          || pc.packages().stream().anyMatch(p -> p.word().is("."))) {
        continue;
      }
      for (PackageRef p : pc.packages()) {
        if (!p.pinned() && !p.word().unquoted().startsWith("$")) {
          unpinned.add(p.name());
        }
      }
    }
    if (!unpinned.isEmpty()) {
      ctx.report(
          at,
          "Pin versions in pip. Instead of `pip install <package>` use `pip install"
              + " <package>==<version>` or `pip install --requirement <requirements file>` ("
              + String.join(", ", unpinned)
              + ")");
    }
  }
}
