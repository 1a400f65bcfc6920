package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.DockerIgnore;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.dockerfile.IgnoreMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lint --context DIR}: gives each Dockerfile the ignore file BuildKit would use with that
 * context ({@code <Dockerfile>.dockerignore} beside it, else {@code DIR/.dockerignore}). Each
 * ignore file is read once, and a bad one is reported once.
 */
final class ContextIgnores {
  private final Path context;
  private final Map<Path, Optional<IgnoreMatcher>> read = new HashMap<>();

  private ContextIgnores(Path context) {
    this.context = context;
  }

  static ContextIgnores of(String dir) throws BadInputException {
    Path context = Path.of(dir);
    if (!Files.isDirectory(context)) {
      throw new BadInputException(dir, "--context: not a folder");
    }
    return new ContextIgnores(context);
  }

  /** The inputs with their ignore file; what cannot be read becomes an error. */
  List<Lint.Input> apply(List<Lint.Input> inputs, List<BadInputException> errors) {
    List<Lint.Input> out = new ArrayList<>();
    for (Lint.Input in : inputs) {
      // Standard input has no folder of its own: only the context's file applies.
      Path dockerfile =
          in.name().equals(Inputs.displayName("-"))
              ? context.resolve("Dockerfile")
              : Path.of(in.name());
      Optional<IgnoreMatcher> matcher =
          DockerIgnore.find(context, dockerfile).flatMap(p -> matcher(p, errors));
      out.add(matcher.map(in::withDockerignore).orElse(in));
    }
    return out;
  }

  private Optional<IgnoreMatcher> matcher(Path file, List<BadInputException> errors) {
    Path key = file.toAbsolutePath().normalize();
    if (read.containsKey(key)) {
      return read.get(key);
    }
    Optional<IgnoreMatcher> matcher;
    try {
      matcher = Optional.of(adapt(DockerIgnore.read(file, file.normalize().toString())));
    } catch (BadInputException e) {
      errors.add(e);
      matcher = Optional.empty();
    }
    read.put(key, matcher);
    return matcher;
  }

  /**
   * BuildKit's check cleans the COPY source, then calls the matcher's method (which matches ".").
   */
  private static IgnoreMatcher adapt(DockerIgnore ignore) {
    return new IgnoreMatcher() {
      @Override
      public boolean excludes(String path) {
        return ignore.matchesOrParentMatches(DockerIgnore.clean(path));
      }

      @Override
      public boolean hasExceptions() {
        return ignore.hasExceptions();
      }
    };
  }
}
