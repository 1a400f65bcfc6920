package dev.plimsoll.context.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which steps of a second build BuildKit takes from the cache the first one left, and why the
 * others run again. BuildKit looks a step up by its key alone, wherever it was in the first build,
 * so a step is cached when any step of the first build had its key.
 */
public final class CachePrediction {
  private final List<CacheVerdict> verdicts;

  private CachePrediction(List<CacheVerdict> verdicts) {
    this.verdicts = List.copyOf(verdicts);
  }

  /** The second build {@code after}, with the cache {@code before} left. */
  public static CachePrediction compare(CacheGraph before, CacheGraph after) {
    Set<String> keys = new HashSet<>();
    Set<String> results = new HashSet<>();
    Map<String, List<CacheStep>> byParent = new HashMap<>();
    Map<String, List<CacheStep>> byInstruction = new HashMap<>();
    for (CacheStep s : before.steps()) {
      keys.add(s.key());
      results.add(s.result());
      byParent.computeIfAbsent(s.parent().orElse(""), k -> new ArrayList<>()).add(s);
      byInstruction
          .computeIfAbsent(s.parts().getOrDefault("instruction", ""), k -> new ArrayList<>())
          .add(s);
    }
    Map<String, CacheVerdict> done = new HashMap<>();
    Map<Integer, CacheStep> lastOfStage = new HashMap<>();
    for (CacheStep s : after.steps()) {
      lastOfStage.put(s.stageIndex(), s);
    }
    List<CacheVerdict> out = new ArrayList<>();
    for (CacheStep s : after.steps()) {
      CacheVerdict v;
      if (keys.contains(s.key())) {
        v = CacheVerdict.hit(s);
      } else {
        v =
            s.linked()
                ? explainLinked(s, byInstruction)
                : explain(s, done, lastOfStage, byParent, results);
      }
      done.putIfAbsent(s.result(), v);
      out.add(v);
    }
    return new CachePrediction(out);
  }

  private static CacheVerdict explain(
      CacheStep s,
      Map<String, CacheVerdict> done,
      Map<Integer, CacheStep> lastOfStage,
      Map<String, List<CacheStep>> byParent,
      Set<String> results) {
    if (s.parent().isPresent()) {
      CacheVerdict parent = done.get(s.parent().get());
      if (parent != null && (!parent.cached() || !results.contains(s.parent().get()))) {
        CacheStep p = parent.step();
        return new CacheVerdict(
            s,
            false,
            Optional.of(
                "builds on "
                    + where(p)
                    + " (`"
                    + StepChanges.shorten(p.text())
                    + (parent.cached()
                        ? "`), cached itself (--link) but placed on layers that changed"
                        : "`), which is rebuilt")),
            false,
            parent.certain());
      }
    }
    for (int stage : s.stagesRead()) {
      CacheStep last = lastOfStage.get(stage);
      CacheVerdict read = last == null ? null : done.get(last.result());
      if (read != null && (!read.cached() || !results.contains(last.result()))) {
        boolean copy = !(s.instruction() instanceof dev.plimsoll.dockerfile.instruction.Run);
        return new CacheVerdict(
            s,
            false,
            Optional.of(
                "reads stage "
                    + (last.stageLabel().isEmpty() ? Integer.toString(stage) : last.stageLabel())
                    + ", which is rebuilt"
                    + (copy
                        ? " (cached after all if what it copies comes out byte for byte the same)"
                        : "")),
            false,
            !copy && read.certain());
      }
    }
    List<CacheStep> siblings = byParent.getOrDefault(s.parent().orElse(""), List.of());
    Optional<CacheStep> counterpart = StepChanges.counterpart(s, siblings);
    String reason =
        counterpart
            .map(c -> StepChanges.describe(c, s))
            .orElse("a new step: nothing like it was built before");
    return new CacheVerdict(s, false, Optional.of(reason), true, true);
  }

  /** A COPY --link is keyed without its parent: only what it copies and how can change it. */
  private static CacheVerdict explainLinked(
      CacheStep s, Map<String, List<CacheStep>> byInstruction) {
    List<CacheStep> same =
        byInstruction.getOrDefault(s.parts().getOrDefault("instruction", ""), List.of());
    String reason =
        same.isEmpty()
            ? "a new step: nothing like it was built before"
            : StepChanges.describe(same.get(0), s);
    return new CacheVerdict(s, false, Optional.of(reason), true, true);
  }

  private static String where(CacheStep s) {
    return "line " + s.line();
  }

  /** Every step of the second build, in build order. */
  public List<CacheVerdict> verdicts() {
    return verdicts;
  }

  /** The first step in build order that runs again, if any. */
  public Optional<CacheVerdict> firstInvalidated() {
    return verdicts.stream().filter(v -> !v.cached()).findFirst();
  }

  /** The steps that changed themselves: the causes, not the steps rebuilt after them. */
  public List<CacheVerdict> causes() {
    return verdicts.stream().filter(v -> !v.cached() && v.cause()).toList();
  }

  /** How many steps run again, FROMs left out. */
  public int rebuilt() {
    return (int) verdicts.stream().filter(v -> !v.cached() && !v.step().isFrom()).count();
  }

  /** How many steps the build has, FROMs left out. */
  public int steps() {
    return (int) verdicts.stream().filter(v -> !v.step().isFrom()).count();
  }
}
