package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A package install that downloads into a cache that {@code RUN --mount=type=cache} would keep
 * across builds, so that a rebuild of the layer fetches only what changed. Once per RUN, naming
 * every mount it lacks; silent for a cache whose folder a cache mount of the RUN already targets
 * (matched loosely, {@code /home/app/.cache/pip} answers for pip).
 *
 * <p>Only RUNs after a COPY or ADD in their stage (or a stage it is built {@code FROM}) are
 * reported: their layer is rebuilt whenever the copied files change, which is when a cache pays. A
 * RUN above every COPY is rebuilt only when the Dockerfile or the base image changes, and there the
 * advice would be noise on nearly every {@code apt-get install}. ONBUILD triggers count the ONBUILD
 * COPYs before them, as they run in the child build.
 */
final class UseCacheMount implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "use-cache-mount",
          List.of(),
          Severity.INFO,
          Domain.DOCKERFILE,
          "Keep package downloads across builds with RUN --mount=type=cache");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Map<Integer, Boolean> ends = new HashMap<>();
    for (Stage stage : file.stages()) {
      boolean copied = StageLineage.parent(file, stage).map(p -> ends.get(p.index())).orElse(false);
      boolean triggerCopied = false;
      for (Instruction i : stage.instructions()) {
        if (i instanceof Onbuild o && o.trigger().isPresent()) {
          Instruction t = o.trigger().get();
          triggerCopied |= t instanceof Copy || t instanceof Add;
          if (triggerCopied && t instanceof Run run) {
            check(run, i, ctx);
          }
        }
        copied |= i instanceof Copy || i instanceof Add;
        if (copied && i instanceof Run run) {
          check(run, i, ctx);
        }
      }
      ends.put(stage.index(), copied);
    }
  }

  private static void check(Run run, Instruction at, RuleContext ctx) {
    if (!RunMentions.any(run, DownloadCache.PROGRAMS)) {
      return;
    }
    ShellScript script = ctx.script(run);
    List<String> targets = new ArrayList<>();
    for (RunMount m : RunMount.of(run)) {
      if (m.type().equals("cache")) {
        m.target().ifPresent(targets::add);
      }
    }
    List<DownloadCache> missing = new ArrayList<>();
    Set<String> defeating = new TreeSet<>();
    for (SimpleCommand c : script.commands()) {
      Optional<DownloadCache> cache = DownloadCache.of(c);
      if (cache.isPresent() && !mounted(cache.get(), targets)) {
        defeating.addAll(defeating(c));
        if (missing.stream().noneMatch(d -> d.mount().equals(cache.get().mount()))) {
          missing.add(cache.get());
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    StringBuilder mounts = new StringBuilder();
    for (DownloadCache d : missing) {
      mounts.append(mounts.length() == 0 ? "" : " ").append(d.mount());
    }
    String apt =
        missing.stream().anyMatch(d -> d.mount().contains("/var/lib/apt"))
            ? " (and delete /etc/apt/apt.conf.d/docker-clean so apt keeps its downloads)"
            : "";
    String drop =
        defeating.isEmpty()
            ? ""
            : " and drop `"
                + String.join("`, `", defeating)
                + "`, which would keep the cache empty";
    List<String> tools = missing.stream().map(d -> "`" + d.tool() + "`").distinct().toList();
    ctx.report(
        at,
        String.join(", ", tools)
            + (tools.size() == 1 ? " downloads" : " download")
            + " again on every rebuild of this layer: add `"
            + mounts
            + "` to the RUN"
            + drop
            + apt);
  }

  /**
   * The flags that tell the tool not to cache at all ({@code pip --no-cache-dir}, {@code apk
   * --no-cache}): with them a cache mount stays empty, so the advice says to drop them.
   */
  private static List<String> defeating(SimpleCommand c) {
    List<String> found = new ArrayList<>();
    for (Word w : c.unwrapped().words()) {
      String flag = w.literal().orElse("");
      if (flag.equals("--no-cache-dir") || flag.equals("--no-cache")) {
        found.add(flag);
      }
    }
    return found;
  }

  private static boolean mounted(DownloadCache cache, List<String> targets) {
    for (String target : targets) {
      for (String mark : cache.marks()) {
        if (target.contains(mark)) {
          return true;
        }
      }
      if (target.equals("/root/.cache") && cache.mount().contains("/root/.cache/")) {
        return true;
      }
    }
    return false;
  }
}
