package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Add;
import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.Workdir;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The binnacle gold set through the cache simulation: 405 expert Dockerfiles, each keyed twice (the
 * keys must not differ), each build compared with itself (every step cached), a changed value for
 * the last stage's first ARG (nothing before that ARG may be rebuilt), and each suggested order
 * must parse.
 */
class CacheGoldCorpusTest {
  private static final Path GOLD =
      Path.of(System.getProperty("plimsoll.corpus"), "dockerfiles", "binnacle-gold");

  @Test
  void everyGoldFileKeysStablyAndRebuildsNothingBeforeAChangedArg() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(GOLD)) {
      files = list.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(400);
    ContextSnapshot context = ContextSnapshot.of(Map.of("docker-entrypoint.sh", "100755:a"));
    List<String> wrong = new ArrayList<>();
    int steps = 0;
    int singleStage = 0;
    int argsChecked = 0;
    int suggested = 0;
    for (Path path : files) {
      String name = path.getFileName().toString();
      String text = DockerfileText.read(path, name);
      CacheSimulation.Build build = new CacheSimulation.Build(text, context, Map.of());
      Dockerfile df = CacheSimulation.parse(name, build);
      CacheGraph first = CacheGraph.of(df, context, Optional.empty());
      CacheGraph again =
          CacheGraph.of(CacheSimulation.parse(name, build), context, Optional.empty());
      assertThat(again.steps().stream().map(CacheStep::key).toList())
          .as(name)
          .isEqualTo(first.steps().stream().map(CacheStep::key).toList());
      CachePrediction same = CachePrediction.compare(first, again);
      assertThat(same.firstInvalidated()).as(name).isEmpty();
      steps += same.steps();
      if (df.stages().size() == 1) {
        // One stage: every RUN, COPY, ADD and WORKDIR (but WORKDIR /) is a step of its own.
        long written =
            df.finalStage().instructions().stream()
                .filter(
                    i ->
                        i instanceof Run
                            || i instanceof Copy
                            || i instanceof Add
                            || (i instanceof Workdir w && !w.path().equals("/")))
                .count();
        assertThat((long) same.steps()).as(name).isEqualTo(written);
        singleStage++;
      }
      for (CacheStep s : first.steps()) {
        assertThat(s.index()).as("%s %s", name, s.progressLabel()).isBetween(1, s.total());
      }

      Stage last = df.finalStage();
      Optional<Arg> arg =
          last.all(Arg.class).stream()
              .filter(a -> a.definitions().get(0).defaultValue().isPresent())
              .findFirst();
      if (arg.isPresent()) {
        argsChecked++;
        String key = arg.get().definitions().get(0).name();
        CachePrediction p =
            CacheSimulation.predict(
                name,
                build,
                new CacheSimulation.Build(text, context, Map.of(key, "plimsoll-changed")),
                Optional.empty());
        boolean runAfter =
            last.instructions().stream()
                .anyMatch(i -> i instanceof Run && i.line() > arg.get().line());
        boolean rebuiltRun = false;
        for (CacheVerdict v : p.verdicts()) {
          if (v.cached() || v.step().stageIndex() != last.index()) {
            continue;
          }
          if (v.step().line() < arg.get().line()) {
            wrong.add(name + ":" + v.step().line() + " rebuilt before ARG " + key);
          }
          rebuiltRun |= v.step().instruction() instanceof Run;
        }
        if (runAfter && !rebuiltRun) {
          wrong.add(name + ": no RUN after ARG " + key + " rebuilt");
        }
      }
      Optional<CacheReorder.Suggestion> s = CacheReorder.suggest(df, text, context);
      if (s.isPresent()) {
        suggested++;
        CacheSimulation.parse(name, new CacheSimulation.Build(s.get().text(), context, Map.of()));
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(singleStage).isGreaterThan(300);
    assertThat(steps).isGreaterThan(1500);
    assertThat(argsChecked).isGreaterThanOrEqualTo(14);
    // Expert files copy few whole contexts before installs; the count keeps an eye on the rewrite.
    assertThat(suggested).isLessThan(files.size() / 4);
  }
}
