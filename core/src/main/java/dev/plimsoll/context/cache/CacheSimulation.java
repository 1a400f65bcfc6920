package dev.plimsoll.context.cache;

import dev.plimsoll.BadInputException;
import dev.plimsoll.dockerfile.instruction.BuildOptions;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The façade of cache simulation: two builds of one Dockerfile, the second after a change, and
 * which of its steps BuildKit would take from the cache the first left.
 *
 * <pre>{@code
 * CacheSimulation.Build first = new CacheSimulation.Build(text, files, Map.of());
 * CachePrediction p = CacheSimulation.predict("Dockerfile", first, first.withChanged(List.of("src/app.js")), Optional.empty());
 * }</pre>
 */
public final class CacheSimulation {
  private CacheSimulation() {}

  /**
   * One build's inputs.
   *
   * @param dockerfile the Dockerfile's text
   * @param files the build context
   * @param buildArgs the {@code --build-arg} values
   */
  public record Build(String dockerfile, ContextSnapshot files, Map<String, String> buildArgs) {
    public Build {
      buildArgs = Map.copyOf(buildArgs);
    }

    /**
     * The same build after {@code paths} changed: a file's content, everything under a folder, or
     * (for a path the context does not hold) a file that was there before and is gone.
     */
    public Build[] withChanged(List<String> paths) {
      TreeMap<String, String> before = new TreeMap<>(files.files());
      TreeMap<String, String> after = new TreeMap<>(files.files());
      for (String p : paths) {
        var under = files.select(p);
        if (under.isEmpty()) {
          before.put(p, "removed");
        } else {
          for (var e : under.entrySet()) {
            after.put(e.getKey(), e.getValue() + "+changed");
          }
        }
      }
      return new Build[] {
        new Build(dockerfile, ContextSnapshot.of(before), buildArgs),
        new Build(dockerfile, ContextSnapshot.of(after), buildArgs)
      };
    }
  }

  /** Parses a Dockerfile text with the build's arguments. */
  public static Dockerfile parse(String file, Build build) throws BadInputException {
    return Dockerfile.of(
        DockerfileParser.parse(file, build.dockerfile()),
        new BuildOptions(
            build.buildArgs(),
            BuildOptions.DEFAULT.targetPlatform(),
            BuildOptions.DEFAULT.buildPlatform()));
  }

  /** The second build's steps, cached or not, after the first. */
  public static CachePrediction predict(
      String file, Build first, Build second, Optional<String> target) throws BadInputException {
    CacheGraph a = CacheGraph.of(parse(file, first), first.files(), target);
    CacheGraph b = CacheGraph.of(parse(file, second), second.files(), target);
    return CachePrediction.compare(a, b);
  }
}
