package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import java.util.List;
import java.util.Optional;

/**
 * A service's healthcheck next to the HEALTHCHECK of the Dockerfile compose builds it from. The
 * engine takes compose's {@code healthcheck} over the image's, field by field: a {@code test}
 * replaces the image's command, {@code disable: true} or {@code [NONE]} turns it off.
 *
 * @param dockerfile the Dockerfile's name, as findings show it
 * @param instruction the HEALTHCHECK in force in the stage the service runs (not NONE)
 */
record DockerfileHealthchecks(String dockerfile, Healthcheck instruction) {

  /** The HEALTHCHECK with a command in force in the stage the service runs, if any. */
  static Optional<DockerfileHealthchecks> of(ComposeProject project, Service s) {
    Optional<Dockerfile> d = ServiceDockerfile.of(project, s);
    return d.flatMap(file -> ServiceDockerfile.last(s, file, Healthcheck.class))
        .filter(h -> h.command().isPresent())
        .map(h -> new DockerfileHealthchecks(d.get().file(), h));
  }

  /** Where the HEALTHCHECK is, e.g. {@code api/Dockerfile:12}. */
  String where() {
    return dockerfile + ":" + instruction.line();
  }

  /** The Dockerfile's command as one line: the shell script, or the exec words. */
  String command() {
    CommandLine c = instruction.command().orElseThrow();
    return normalize(c.text());
  }

  /**
   * A compose test as one line, comparable with {@link #command}: {@code [CMD, a, b]} and {@code
   * [CMD-SHELL, script]} lose their first word; a plain string is a shell script. Empty when the
   * service keeps the image's test.
   */
  static Optional<String> composeCommand(List<String> test) {
    if (test.isEmpty()) {
      return Optional.empty();
    }
    List<String> words =
        test.get(0).equals("CMD") || test.get(0).equals("CMD-SHELL")
            ? test.subList(1, test.size())
            : test;
    return Optional.of(normalize(String.join(" ", words)));
  }

  private static String normalize(String command) {
    return command.strip().replaceAll("\\s+", " ");
  }
}
