package dev.plimsoll.context.cache;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpandedArgs;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.instruction.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The steps one build runs, in build order, each with the cache key BuildKit would compute for it
 * (frontend/dockerfile/dockerfile2llb plus the solver's content-based keys):
 *
 * <ul>
 *   <li>every step's key includes its parent's, so a rebuilt step rebuilds everything after it;
 *   <li>RUN: the command, the environment (every ENV, and every ARG with a value declared in the
 *       stage before it, used or not), USER, WORKDIR, SHELL, network and security, the mounts'
 *       definitions; a read-only bind mount adds the content of what it mounts, a cache, secret,
 *       ssh or tmpfs mount adds nothing of its content;
 *   <li>COPY and ADD: the instruction after variable expansion, and the content and mode of the
 *       files each source selects (not their modification times); a relative destination adds
 *       WORKDIR; {@code --from} adds the source stage's key;
 *   <li>WORKDIR: the resolved folder and USER (BuildKit creates the folder as that user);
 *   <li>ARG, ENV, USER, LABEL and the other instructions make no step of their own: they change
 *       what the later steps see.
 * </ul>
 *
 * Only the stages the target needs are built: the target, and the stages it reads through {@code
 * FROM}, {@code COPY --from} and {@code RUN --mount from=}, as BuildKit prunes the rest.
 */
public final class CacheGraph {
  private final List<CacheStep> steps;

  private CacheGraph(List<CacheStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The steps that building {@code target} (a stage name; empty for the last stage) runs on the
   * context {@code files}.
   *
   * @throws BadInputException when no stage has the target's name
   */
  public static CacheGraph of(Dockerfile dockerfile, ContextSnapshot files, Optional<String> target)
      throws BadInputException {
    Stage goal = dockerfile.finalStage();
    if (target.isPresent()) {
      List<Stage> named = dockerfile.stagesNamed(target.get());
      if (named.isEmpty()) {
        throw new BadInputException(
            dockerfile.file(), "no stage named " + target.get() + " to build (--target)");
      }
      goal = named.get(named.size() - 1);
    }
    StageLinks links = StageLinks.of(dockerfile);
    Set<Integer> needed = links.needed(goal.index());
    boolean multi = dockerfile.stages().size() > 1;
    List<CacheStep> steps = new ArrayList<>();
    Map<Integer, StepState> ends = new HashMap<>();
    for (Stage stage : dockerfile.stages()) {
      if (!needed.contains(stage.index())) {
        continue;
      }
      String label =
          multi || hasCacheMount(stage) ? stage.name().orElse("stage-" + stage.index()) : "";
      StageSteps s = new StageSteps(dockerfile, stage, label, files, links, ends);
      steps.addAll(s.steps());
      ends.put(stage.index(), s.end());
    }
    return new CacheGraph(steps);
  }

  /** The steps in build order: stages in file order, steps in stage order. */
  public List<CacheStep> steps() {
    return steps;
  }

  /** What a stage hands to the steps after it, and to a stage built FROM it. */
  record StepState(Optional<String> key, String user, String workdir, List<String> shell) {}

  /**
   * BuildKit 0.8 (Docker 20.10) names the stage even in a single-stage build once a RUN there has a
   * cache mount (observed: {@code [stage-0 2/3]}).
   */
  private static boolean hasCacheMount(Stage stage) {
    return stage.all(Run.class).stream()
        .anyMatch(r -> RunMount.of(r).stream().anyMatch(m -> m.type().equals("cache")));
  }

  /** The expanded value of the first word of an instruction, for USER and WORKDIR. */
  static String firstExpanded(Dockerfile df, Instruction ins, String raw) {
    return ExpandedArgs.of(df, ins).filter(l -> !l.isEmpty()).map(l -> l.get(0)).orElse(raw);
  }

  /** The stage an expanded FROM image names, if any: BuildKit compares names as written. */
  static Optional<Stage> baseStage(Dockerfile df, Stage stage) {
    From from = stage.from();
    String image = firstExpanded(df, from, from.image());
    Stage found = null;
    for (Stage s : df.stagesNamed(image)) {
      if (s.index() < stage.index() && s.name().orElse("").equals(image)) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  static List<String> defaultShell() {
    return List.of("/bin/sh", "-c");
  }
}
