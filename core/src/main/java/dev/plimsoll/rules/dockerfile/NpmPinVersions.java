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
import java.util.Set;

/**
 * A package added by name without a version (hadolint's DL3016): {@code npm install -g typescript}.
 * hadolint checks {@code npm install}; Plimsoll also checks {@code npm i}/{@code add}, {@code yarn
 * add}, {@code yarn global add} and {@code pnpm add}, which have the same problem. {@code npm ci},
 * {@code npm install} without packages, folders, tarballs and URLs are pinned by the lock file or
 * by themselves; a git source needs a {@code #commit} or {@code #semver:}. {@code @latest} is not a
 * pin (hadolint accepts it). A package named by a variable is not reported.
 */
final class NpmPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "npm-pin-versions",
          List.of("DL3016"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "npm install (and yarn or pnpm add) should pin package versions");

  private static final Set<String> VERBS = Set.of("install", "i", "add");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<String> unpinned = new ArrayList<>();
    for (PackageCommand pc : PackageCommand.in(script)) {
      if (pc.manager() != PackageManager.NPM || !VERBS.contains(pc.verb())) {
        continue;
      }
      for (PackageRef p : pc.packages()) {
        if (!p.pinned() && !p.word().unquoted().startsWith("$")) {
          unpinned.add(p.word().unquoted());
        }
      }
    }
    if (!unpinned.isEmpty()) {
      ctx.report(
          at,
          "Pin versions in npm. Instead of `npm install <package>` use `npm install"
              + " <package>@<version>` ("
              + String.join(", ", unpinned)
              + ")");
    }
  }
}
