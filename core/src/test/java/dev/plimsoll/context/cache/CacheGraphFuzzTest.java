package dev.plimsoll.context.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import dev.plimsoll.context.cache.CacheSimulation.Build;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Any Dockerfile on a small fixed context: it is parsed or refused with a one-line {@link
 * BadInputException}; once parsed, keying its steps, comparing the build with itself and with a
 * build after a source change, and suggesting a better order never fail, and a build compared with
 * itself is cached throughout. Seeds: dependency installs before and after {@code COPY . .}, stages
 * read through {@code --from} and mounts, variables in every place that takes one.
 */
class CacheGraphFuzzTest {
  private static final ContextSnapshot FILES =
      ContextSnapshot.of(
          Map.of(
              "Dockerfile", "100644:d",
              ".dockerignore", "100644:i",
              "package.json", "100644:p",
              "requirements.txt", "100644:r",
              "src/app.js", "100644:a",
              "run.sh", "100755:s"));

  @FuzzTest(maxDuration = "20s")
  void keysAnyDockerfile(byte[] bytes) throws BadInputException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Build build = new Build(text, FILES, Map.of("V", "1"));
    Dockerfile df;
    try {
      df = CacheSimulation.parse("Dockerfile", build);
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("Dockerfile").doesNotContain("\n", "\r");
      return;
    }
    CacheGraph graph = CacheGraph.of(df, FILES, Optional.empty());
    CachePrediction same = CachePrediction.compare(graph, graph);
    assertThat(same.verdicts()).hasSameSizeAs(graph.steps()).allMatch(CacheVerdict::cached);
    for (CacheStep s : graph.steps()) {
      assertThat(s.index()).isBetween(1, s.total());
      assertThat(s.progressLabel()).startsWith("[").endsWith("/" + s.total() + "]");
    }

    Build[] changed = build.withChanged(List.of("src"));
    CachePrediction after =
        CachePrediction.compare(
            CacheGraph.of(df, changed[0].files(), Optional.empty()),
            CacheGraph.of(df, changed[1].files(), Optional.empty()));
    assertThat(after.rebuilt()).isBetween(0, after.steps());
    for (CacheVerdict v : after.verdicts()) {
      assertThat(v.reason().isPresent()).isNotEqualTo(v.cached());
    }

    Optional<CacheReorder.Suggestion> s = CacheReorder.suggest(df, text, FILES);
    if (s.isPresent()) {
      assertThat(s.get().moves()).isNotEmpty();
      try {
        CacheSimulation.parse("Dockerfile", new Build(s.get().text(), FILES, Map.of()));
      } catch (BadInputException e) {
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
      }
    }
  }
}
