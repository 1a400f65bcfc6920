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
 * {@code go install}, {@code go get} or {@code go run} of a remote package without a version, or at
 * {@code @latest} (hadolint's DL3062). Local packages ({@code .}, {@code ./...}, {@code /src/app},
 * {@code main.go}) build what is in the context and are not reported, nor are the patterns {@code
 * std}, {@code all} and {@code cmd}, nor a package named by a variable. For {@code go run} only the
 * package is read; what follows it is the program's arguments.
 */
final class GoPinVersions implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "go-pin-versions",
          List.of("DL3062"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "go install, go get and go run should name a module version");

  private static final Set<String> PATTERNS = Set.of("std", "all", "cmd");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<String> unpinned = new ArrayList<>();
    for (PackageCommand pc : PackageCommand.in(script)) {
      if (pc.manager() != PackageManager.GO) {
        continue;
      }
      if (pc.verb().equals("install") || pc.verb().equals("get")) {
        for (PackageRef p : pc.packages()) {
          if (!p.pinned() && !local(p.word().unquoted())) {
            unpinned.add(p.word().unquoted());
          }
        }
      } else if (pc.verb().equals("run") && pc.options().operands().size() > 1) {
        String target = pc.options().operands().get(1).unquoted();
        if (!pinned(target) && !local(target)) {
          unpinned.add(target);
        }
      }
    }
    if (!unpinned.isEmpty()) {
      ctx.report(
          at,
          "Pin versions in go install. Instead of `go install <package>` use `go install"
              + " <package>@<version>` ("
              + String.join(", ", unpinned)
              + ")");
    }
  }

  /** {@code module@v1.2.3}: a version that is not {@code latest}. */
  private static boolean pinned(String text) {
    int at = text.lastIndexOf('@');
    return at > 0 && at + 1 < text.length() && !text.substring(at + 1).equals("latest");
  }

  private static boolean local(String text) {
    return text.startsWith(".")
        || text.startsWith("/")
        || text.startsWith("$")
        || text.endsWith(".go")
        || PATTERNS.contains(text);
  }
}
