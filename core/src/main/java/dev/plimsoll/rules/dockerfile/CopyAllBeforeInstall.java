package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Onbuild;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.DependencyInstall;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dependency install after a COPY of the whole build context: any change to any file then
 * invalidates the install's cache, and every build downloads every dependency again. Reported on
 * the install, once per ecosystem and stage, since that is the step that re-runs. Silent when the
 * same ecosystem's dependencies were installed before the COPY (manifests first, then {@code COPY .
 * .}, then {@code pip install .} is the good pattern), and when the RUN has a cache mount, which
 * makes the re-install cheap. A stage built {@code FROM} another continues its history; ONBUILD
 * triggers are a history of their own, as they run in another build.
 */
final class CopyAllBeforeInstall implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-all-before-install",
          List.of(),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Copy the dependency manifests and install before COPY . . so source changes keep the"
              + " install cached");

  private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "./*", "*", "./.");

  /** What a stage has done so far; a stage built on another starts with a copy of its history. */
  private static final class History {
    Optional<Instruction> wholeCopy = Optional.empty();
    final Set<String> installed = new HashSet<>();
    final Set<String> reported = new HashSet<>();

    History fork() {
      History h = new History();
      h.wholeCopy = wholeCopy;
      h.installed.addAll(installed);
      return h;
    }
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Map<Integer, History> ends = new HashMap<>();
    for (Stage stage : file.stages()) {
      History history =
          StageLineage.parent(file, stage)
              .map(p -> ends.get(p.index()).fork())
              .orElseGet(History::new);
      History triggers = new History();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Onbuild onbuild && onbuild.trigger().isPresent()) {
          step(onbuild.trigger().get(), i, triggers, ctx);
        } else {
          step(i, i, history, ctx);
        }
      }
      ends.put(stage.index(), history);
    }
  }

  private static void step(Instruction i, Instruction at, History history, RuleContext ctx) {
    if (history.wholeCopy.isEmpty() && copiesWholeContext(i)) {
      history.wholeCopy = Optional.of(at);
    }
    if (!(i instanceof Run run) || !RunMentions.any(run, DependencyInstall.PROGRAMS)) {
      return;
    }
    boolean cached = RunMount.of(run).stream().anyMatch(m -> m.type().equals("cache"));
    for (SimpleCommand c : ctx.script(run).commands()) {
      Optional<DependencyInstall> found = DependencyInstall.recognise(c);
      if (found.isEmpty()) {
        continue;
      }
      DependencyInstall install = found.get();
      if (history.wholeCopy.isPresent()
          && !cached
          && !history.installed.contains(install.ecosystem())
          && history.reported.add(install.ecosystem())) {
        ctx.report(at, message(install, history.wholeCopy.get()));
      }
      if (history.wholeCopy.isEmpty()) {
        history.installed.add(install.ecosystem());
      }
    }
  }

  private static boolean copiesWholeContext(Instruction i) {
    List<String> sources;
    if (i instanceof Copy copy && copy.from().isEmpty()) {
      sources = copy.sources();
    } else if (i instanceof Add add) {
      sources = add.sources();
    } else {
      return false;
    }
    return sources.stream().map(KnownValue::unquote).anyMatch(WHOLE_CONTEXT::contains);
  }

  private static String message(DependencyInstall install, Instruction copy) {
    return "`"
        + install.text()
        + "` runs after `"
        + copy.node().original().strip()
        + "` (line "
        + copy.node().startLine()
        + "), so every source change re-installs all dependencies: copy "
        + install.manifests()
        + " first, run `"
        + install.depsOnly()
        + "`, then copy the rest";
  }
}
