package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.PackageManager;
import dev.plimsoll.dockerfile.shell.Removal;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code yarn install} without {@code yarn cache clean} in the same RUN (hadolint's DL3060): yarn
 * keeps a copy of every package in its global cache, in the layer. As in hadolint, only stages that
 * end up in the image are checked (the last stage and the stages it is built {@code FROM}); a cache
 * in a build stage is thrown away with it. Plimsoll also checks {@code yarn add}, {@code yarn
 * global add} and a bare {@code yarn}, which install too, and accepts removing the cache folder
 * ({@code rm -rf /usr/local/share/.cache/yarn}) or a cache mount on it.
 */
final class YarnCacheClean implements RunScriptRule {
  static final RuleMeta META =
      new RuleMeta(
          "yarn-cache-clean",
          List.of("DL3060"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "yarn install should be followed by yarn cache clean in the same RUN");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Run run, ShellScript script, Instruction at, RuleContext ctx) {
    List<PackageCommand> yarn =
        PackageCommand.in(script).stream()
            .filter(pc -> pc.manager() == PackageManager.NPM && pc.program().equals("yarn"))
            .toList();
    boolean installs = yarn.stream().anyMatch(YarnCacheClean::installs);
    boolean cleans = yarn.stream().anyMatch(pc -> pc.verb().equals("cache clean"));
    if (installs
        && !cleans
        && !removesCache(script)
        && !CacheMount.anyTargetContains(run, "yarn", "/.cache")
        && inImage(ctx, at)) {
      ctx.report(at, "`yarn cache clean` missing after `yarn install` was run.");
    }
  }

  private static boolean installs(PackageCommand pc) {
    return pc.verb().equals("install")
        || pc.verb().equals("add")
        || (pc.verb().isEmpty() && pc.options().operands().isEmpty());
  }

  private static boolean removesCache(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      Optional<Removal> rm = Removal.recognise(c);
      if (rm.isPresent()
          && rm.get().paths().stream().anyMatch(p -> p.contains("yarn") && p.contains("cache"))) {
        return true;
      }
    }
    return false;
  }

  /** True in the stage the build produces and the stages it is built on, directly or not. */
  private static boolean inImage(RuleContext ctx, Instruction at) {
    Optional<Stage> own = ctx.dockerfile().stageOf(at);
    return own.isEmpty()
        || StageLineage.shipped(ctx.dockerfile(), ctx.runStage()).contains(own.get().index());
  }
}
