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
    Map<String, List<CacheStep>> byParent = new HashMap<>();
    Map<String, CacheStep> beforeByKey = new HashMap<>();
    for (CacheStep s : before.steps()) {
      keys.add(s.key());
      beforeByKey.putIfAbsent(s.key(), s);
      byParent.computeIfAbsent(s.parent().orElse(""), k -> new ArrayList<>()).add(s);
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
        v = explain(s, done, lastOfStage, byParent);
      }
      done.putIfAbsent(s.key(), v);
      out.add(v);
    }
    return new CachePrediction(out);
  }

  private static CacheVerdict explain(
      CacheStep s,
      Map<String, CacheVerdict> done,
      Map<Integer, CacheStep> lastOfStage,
      Map<String, List<CacheStep>> byParent) {
    if (s.parent().isPresent()) {
      CacheVerdict parent = done.get(s.parent().get());
      if (parent != null && !parent.cached()) {
        CacheStep p = parent.step();
        return new CacheVerdict(
            s,
            false,
            Optional.of(
                "builds on "
                    + where(p)
                    + " (`"
                    + StepChanges.shorten(p.text())
                    + "`), which is rebuilt"),
            false,
            parent.certain());
      }
    }
    for (int stage : s.stagesRead()) {
      CacheStep last = lastOfStage.get(stage);
      CacheVerdict read = last == null ? null : done.get(last.key());
      if (read != null && !read.cached()) {
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
