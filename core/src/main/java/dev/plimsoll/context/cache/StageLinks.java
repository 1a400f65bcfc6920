package dev.plimsoll.context.cache;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpandedArgs;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.instruction.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How stages read each other: the stage a FROM names, and the stages {@code COPY --from} and {@code
 * RUN --mount from=} read. BuildKit builds the target and, transitively, these; no other.
 */
final class StageLinks {
  private final Dockerfile dockerfile;
  private final Map<Integer, Optional<Stage>> base = new HashMap<>();
  private final Map<Integer, Set<Integer>> reads = new HashMap<>();

  private StageLinks(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
  }

  static StageLinks of(Dockerfile df) {
    StageLinks links = new StageLinks(df);
    for (Stage s : df.stages()) {
      Optional<Stage> b = CacheGraph.baseStage(df, s);
      links.base.put(s.index(), b);
      Set<Integer> r = new HashSet<>();
      b.ifPresent(x -> r.add(x.index()));
      for (Instruction i : s.instructions()) {
        for (String ref : stageRefs(df, i)) {
          df.stage(ref, s.index()).ifPresent(x -> r.add(x.index()));
        }
      }
      links.reads.put(s.index(), r);
    }
    return links;
  }

  /** The earlier stage {@code stage} is built on, if its FROM names one. */
  Optional<Stage> base(Stage stage) {
    return base.getOrDefault(stage.index(), Optional.empty());
  }

  /** The stage {@code ref} (a {@code --from} value) names from {@code stage}, if any. */
  Optional<Stage> resolve(String ref, Stage stage) {
    return dockerfile.stage(ref, stage.index());
  }

  /** {@code goal} and every stage it needs, directly or not. */
  Set<Integer> needed(int goal) {
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(goal);
    while (!todo.isEmpty()) {
      int s = todo.pop();
      if (seen.add(s)) {
        todo.addAll(reads.getOrDefault(s, Set.of()));
      }
    }
    return seen;
  }

  /** The {@code --from} values of a COPY and of a RUN's mounts, expanded. */
  static List<String> stageRefs(Dockerfile df, Instruction i) {
    List<String> refs = new ArrayList<>();
    if (i instanceof Copy c && c.from().isPresent()) {
      ExpandedArgs.flag(df, i, "from").ifPresent(refs::add);
    } else if (i instanceof Run run) {
      for (RunMount m : RunMount.of(run)) {
        String from = m.fields().get("from");
        if (from != null && !from.isEmpty()) {
          refs.add(Keys.expand(df, i, from));
        }
      }
    }
    return refs;
  }
}
