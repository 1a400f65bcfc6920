package dev.plimsoll.context.cache;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.DependencyInstall;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The last N commits of a repository (by commit time, merged branches included) replayed as builds:
 * each commit built after its first parent, with the cache the parent's build left. What a team
 * pays in rebuilds for its Dockerfile's order, and what the suggested order ({@link CacheReorder})
 * would have paid over the same commits.
 */
public final class CacheHistory {
  private CacheHistory() {}

  /**
   * What the replay found.
   *
   * @param dockerfile the Dockerfile, as named on the command line
   * @param requested the number of commits asked for; the history may hold fewer
   * @param commits the changes replayed (commit after its parent)
   * @param skipped changes not replayed: the Dockerfile was missing or did not parse on one side
   * @param current the figures for the Dockerfile as each commit had it
   * @param culprits the steps that were first to rebuild, most rebuilds first
   * @param suggestion the suggested order at HEAD, if the order can be better
   * @param suggested the figures for the suggested order over the same commits
   */
  public record Report(
      String dockerfile,
      int requested,
      int commits,
      int skipped,
      Figures current,
      List<Culprit> culprits,
      Optional<CacheReorder.Suggestion> suggestion,
      Optional<Figures> suggested) {
    public Report {
      culprits = List.copyOf(culprits);
    }
  }

  /**
   * Totals over the replayed commits.
   *
   * @param steps steps built, FROMs left out, summed over the commits
   * @param rebuilt of those, the steps not taken from the cache
   * @param installsRerun dependency installs ({@code npm ci}, {@code pip install -r}...) rebuilt
   * @param untouched commits after which every step was cached
   */
  public record Figures(int steps, int rebuilt, int installsRerun, int untouched) {
    /** The share of steps rebuilt, 0 to 1. */
    public double share() {
      return steps == 0 ? 0 : (double) rebuilt / steps;
    }
  }

  /**
   * A step that was the first to rebuild in some commits.
   *
   * @param instruction the instruction, as HEAD (or the latest commit that had it) writes it
   * @param line its line there
   * @param commits in how many commits it was the first step rebuilt
   * @param rebuilt how many steps were rebuilt in those commits, itself and what followed
   */
  public record Culprit(String instruction, int line, int commits, int rebuilt) {}

  /** Replays the last {@code n} commits before HEAD. */
  public static Report replay(
      GitRevisions git, int n, Map<String, String> buildArgs, Optional<String> target)
      throws BadInputException {
    List<RevCommit[]> changes = git.recentChanges(n);
    String name = git.dockerfileName();
    Tally current = new Tally();
    Tally suggested = new Tally();
    Map<String, int[]> culprits = new LinkedHashMap<>();
    Map<String, Integer> culpritLines = new LinkedHashMap<>();
    int skipped = 0;
    Optional<CacheReorder.Suggestion> atHead = Optional.empty();
    // A commit is the parent of one change and the child of another: read and key it once.
    Map<ObjectId, Optional<Side>> sides = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      Optional<Side> after = side(sides, git, changes.get(i)[0], buildArgs, target, name);
      Optional<Side> before = side(sides, git, changes.get(i)[1], buildArgs, target, name);
      if (i == 0) {
        atHead = after.flatMap(s -> s.suggestion);
      }
      if (after.isEmpty() || before.isEmpty()) {
        skipped++;
        continue;
      }
      CachePrediction p = CachePrediction.compare(before.get().graph, after.get().graph);
      current.add(p);
      p.firstInvalidated()
          .ifPresent(
              v -> {
                String text = StepChanges.shorten(v.step().text());
                int[] c = culprits.computeIfAbsent(text, k -> new int[2]);
                c[0]++;
                c[1] += p.rebuilt();
                culpritLines.putIfAbsent(text, v.step().line());
              });
      suggested.add(
          CachePrediction.compare(
              before.get().reordered.orElse(before.get().graph),
              after.get().reordered.orElse(after.get().graph)));
    }
    List<Culprit> list = new ArrayList<>();
    culprits.forEach((k, v) -> list.add(new Culprit(k, culpritLines.get(k), v[0], v[1])));
    list.sort(Comparator.comparingInt(Culprit::rebuilt).reversed().thenComparing(Culprit::line));
    return new Report(
        name,
        n,
        changes.size() - skipped,
        skipped,
        current.figures(),
        list,
        atHead,
        atHead.isPresent() ? Optional.of(suggested.figures()) : Optional.empty());
  }

  private static Optional<Side> side(
      Map<ObjectId, Optional<Side>> sides,
      GitRevisions git,
      RevCommit c,
      Map<String, String> args,
      Optional<String> target,
      String name) {
    Optional<Side> known = sides.get(c.getId());
    if (known == null) {
      known = Side.of(git, c, args, target, name);
      sides.put(c.getId().copy(), known);
    }
    return known;
  }

  /** One commit's build: as written, and in the suggested order. */
  private static final class Side {
    final CacheGraph graph;
    final Optional<CacheGraph> reordered;
    final Optional<CacheReorder.Suggestion> suggestion;

    private Side(
        CacheGraph graph,
        Optional<CacheGraph> reordered,
        Optional<CacheReorder.Suggestion> suggestion) {
      this.graph = graph;
      this.reordered = reordered;
      this.suggestion = suggestion;
    }

    static Optional<Side> of(
        GitRevisions git,
        RevCommit c,
        Map<String, String> args,
        Optional<String> target,
        String name) {
      try {
        Optional<String> text = git.dockerfile(c);
        if (text.isEmpty()) {
          return Optional.empty();
        }
        ContextSnapshot files = git.snapshot(c);
        CacheSimulation.Build build = new CacheSimulation.Build(text.get(), files, args);
        Dockerfile df = CacheSimulation.parse(name, build);
        CacheGraph graph = CacheGraph.of(df, files, target);
        Optional<CacheReorder.Suggestion> s = CacheReorder.suggest(df, text.get(), files);
        Optional<CacheGraph> reordered = Optional.empty();
        if (s.isPresent()) {
          try {
            Dockerfile r =
                CacheSimulation.parse(name, new CacheSimulation.Build(s.get().text(), files, args));
            reordered = Optional.of(CacheGraph.of(r, files, target));
          } catch (BadInputException e) {
            reordered = Optional.empty(); // a rewrite that does not parse is not suggested
          }
        }
        return Optional.of(
            new Side(graph, reordered, reordered.isPresent() ? s : Optional.empty()));
      } catch (BadInputException e) {
        return Optional.empty(); // a commit whose Dockerfile or ignore file is broken
      }
    }
  }

  private static final class Tally {
    int steps;
    int rebuilt;
    int installs;
    int untouched;

    void add(CachePrediction p) {
      steps += p.steps();
      rebuilt += p.rebuilt();
      if (p.rebuilt() == 0) {
        untouched++;
      }
      for (CacheVerdict v : p.verdicts()) {
        if (!v.cached() && v.step().instruction() instanceof Run run && installs(run)) {
          installs++;
        }
      }
    }

    Figures figures() {
      return new Figures(steps, rebuilt, installs, untouched);
    }
  }

  private static boolean installs(Run run) {
    String text = run.command().text();
    if (DependencyInstall.PROGRAMS.stream().noneMatch(text::contains)) {
      return false;
    }
    return ShellScript.parse(text).commands().stream()
        .anyMatch(c -> DependencyInstall.recognise(c).isPresent());
  }
}
