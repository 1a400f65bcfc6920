package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.dockerfile.syntax.DockerfileText;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.compose.ComposeFinding;
import dev.plimsoll.rules.compose.ServiceBuilds;
import dev.plimsoll.rules.compose.ServiceBuilds.ServiceBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The services' builds of compose projects as Dockerfile lint inputs: each Dockerfile with the
 * context its {@code build:} declares (its {@code .dockerignore}, walked for the context rules) and
 * its {@code target} (for the rules about the stage that runs). Each (Dockerfile, context, target)
 * is linted once, whichever projects and services share it. A Dockerfile or context that is not
 * there is a warning: {@code docker compose build} would fail, but the compose file is audited all
 * the same.
 */
final class ComposeBuildLint {
  /** Each context's ignore files and walk, read once. */
  private final Map<Path, ContextIgnores> contexts = new HashMap<>();

  private final Set<List<Object>> linted = new HashSet<>();
  final List<Lint.Input> inputs = new ArrayList<>();
  final List<ContextChoice> choices = new ArrayList<>();

  /** The services that build each Dockerfile, by its name in the report. */
  private final Map<String, Set<String>> services = new HashMap<>();

  final List<String> warnings = new ArrayList<>();

  /**
   * Adds the project's builds not added yet. {@code names} gives a Dockerfile (absolute) the name
   * it already has in the report; others are named from the current folder.
   */
  void add(ComposeProject project, Map<Path, String> names, List<BadInputException> errors) {
    for (ServiceBuild b : ServiceBuilds.of(project)) {
      if (!linted.add(List.of(b.dockerfile(), b.inline(), b.context(), b.target()))) {
        continue;
      }
      String name =
          b.dockerfile()
              .map(f -> names.getOrDefault(f, ContextChoice.relative(f).toString()))
              .orElse("dockerfile_inline of service " + b.service());
      if (!Files.isDirectory(b.context())) {
        warnings.add(
            ContextChoice.relative(b.context())
                + ": the build context of service "
                + b.service()
                + (Files.exists(b.context()) ? " is not a folder" : " does not exist")
                + "; its Dockerfile is not linted");
        continue;
      }
      if (b.dockerfile().filter(f -> !Files.exists(f)).isPresent()) {
        warnings.add(name + ": no such file (the Dockerfile of service " + b.service() + ")");
        continue;
      }
      String text;
      try {
        text = b.inline().isPresent() ? b.inline().get() : read(b.dockerfile().get(), name);
      } catch (BadInputException e) {
        errors.add(e);
        continue;
      }
      ContextIgnores ignores = contexts.get(b.context());
      if (ignores == null) {
        try {
          ignores = ContextIgnores.of(b.context().toString());
        } catch (BadInputException e) {
          errors.add(e);
          continue;
        }
        contexts.put(b.context(), ignores);
      }
      Path dockerfile = b.dockerfile().orElse(b.context().resolve("Dockerfile"));
      inputs.add(
          ignores.apply(new Lint.Input(name, text), dockerfile, errors).withTarget(b.target()));
      services.computeIfAbsent(name, k -> new TreeSet<>()).addAll(b.services());
      choices.add(
          new ContextChoice(
              name,
              ContextChoice.relative(b.context()),
              "declared by "
                  + b.composeFile()
                  + (b.services().size() == 1 ? " (service " : " (services ")
                  + String.join(", ", b.services())
                  + b.target().map(t -> ", target " + t).orElse("")
                  + ")"));
    }
  }

  /**
   * A Dockerfile a compose file names: a regular file no larger than standard input may be (a
   * compose file could name /dev/zero or a FIFO, which would never end).
   */
  private static String read(Path file, String name) throws BadInputException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException(name, "not a regular file");
      }
      if (Files.size(file) > Inputs.STDIN_LIMIT) {
        throw new BadInputException(
            name, "larger than " + Inputs.STDIN_LIMIT / (1024 * 1024) + " MiB");
      }
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read: " + e.getMessage());
    }
    return DockerfileText.read(file, name);
  }

  /**
   * The service a finding in {@code dockerfile} is about: the one service that builds it; none when
   * several do (with other contexts or targets, the finding may be about any of them).
   */
  Optional<String> service(String dockerfile) {
    Set<String> all = services.getOrDefault(dockerfile, Set.of());
    return all.size() == 1 ? all.stream().findFirst() : Optional.empty();
  }

  /**
   * Findings in the Dockerfiles added, each with the service it is about when {@link #service}
   * knows it.
   */
  List<ComposeFinding> about(List<Finding> findings) {
    return findings.stream().map(f -> new ComposeFinding(f, service(f.file()))).toList();
  }

  /** True when some build of the projects added reads {@code dockerfile} (absolute). */
  boolean builds(Path dockerfile) {
    return linted.stream().anyMatch(k -> k.get(0).equals(Optional.of(dockerfile)));
  }
}
