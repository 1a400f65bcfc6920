package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.context.BuildContext;
import dev.plimsoll.context.ContextWalk;
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
  private final Map<Optional<Path>, Optional<BuildContext>> walked = new HashMap<>();

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
      out.add(apply(in, dockerfile, errors));
    }
    return out;
  }

  /**
   * One input, read from {@code dockerfile} (which decides the ignore file: {@code
   * <Dockerfile>.dockerignore} wins over the context's).
   */
  Lint.Input apply(Lint.Input in, Path dockerfile, List<BadInputException> errors) {
    Optional<Path> ignoreFile = DockerIgnore.find(context, dockerfile);
    Optional<IgnoreMatcher> matcher = ignoreFile.flatMap(p -> matcher(p, errors));
    Lint.Input with = matcher.map(in::withDockerignore).orElse(in);
    if (ignoreFile.isEmpty() || matcher.isPresent()) {
      with = walk(ignoreFile, dockerfile, errors).map(with::withContext).orElse(with);
    }
    return with;
  }

  /** The context as sent with one ignore file, walked once for every Dockerfile that uses it. */
  private Optional<BuildContext> walk(
      Optional<Path> ignoreFile, Path dockerfile, List<BadInputException> errors) {
    Optional<Path> key = ignoreFile.map(p -> p.toAbsolutePath().normalize());
    if (walked.containsKey(key)) {
      return walked.get(key);
    }
    Optional<BuildContext> ctx;
    try {
      ctx = Optional.of(ContextWalk.walk(context, dockerfile, false, 0));
    } catch (BadInputException e) {
      errors.add(e);
      ctx = Optional.empty();
    }
    walked.put(key, ctx);
    return ctx;
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
  static IgnoreMatcher adapt(DockerIgnore ignore) {
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
