package dev.plimsoll.rules.compose;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.model.Build;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Dockerfile a service is built from ({@code build.dockerfile} in {@code build.context}, or
 * {@code build.dockerfile_inline}), parsed with Plimsoll's Dockerfile parser. None when the service
 * has no build, its context is a URL, or the file is missing, too large or does not parse: the
 * rules that read it then say nothing about it, and {@code plimsoll lint} reports the Dockerfile's
 * own problems.
 */
final class ServiceDockerfile {
  /** Larger than any real Dockerfile; a bigger file is not read into memory. */
  private static final long MAX_BYTES = 1 << 20;

  private ServiceDockerfile() {}

  static Optional<Dockerfile> of(ComposeProject project, Service s) {
    if (s.build().isEmpty()) {
      return Optional.empty();
    }
    Build b = s.build().get();
    Optional<String> inline = s.raw().map("build").flatMap(m -> m.text("dockerfile_inline"));
    try {
      if (inline.isPresent()) {
        return Optional.of(parse("dockerfile_inline of " + s.name(), inline.get()));
      }
      if (b.context().contains("://") || b.context().startsWith("git@")) {
        return Optional.empty();
      }
      Path file = Path.of(b.context()).resolve(b.dockerfile());
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.of(
          parse(display(project, file), Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | BadInputException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The Dockerfile's path from the project folder, as messages name it; absolute outside it. */
  static String display(ComposeProject project, Path file) {
    Path dir = Path.of(project.workingDir());
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(dir) ? dir.relativize(abs).toString() : abs.toString();
  }

  private static Dockerfile parse(String name, String text) throws BadInputException {
    return Dockerfile.of(DockerfileParser.parse(name, text));
  }

  /**
   * The stage the service runs and the earlier stages it is built {@code FROM}, nearest first: the
   * image holds what all of them set, and the nearest one's CMD, ENV or HEALTHCHECK wins.
   */
  static List<Stage> chain(Service s, Dockerfile d) {
    List<Stage> out = new ArrayList<>();
    Optional<Stage> st = runStage(s, d);
    while (st.isPresent() && out.stream().noneMatch(st.get()::equals)) {
      out.add(st.get());
      st = d.stage(st.get().from().image(), st.get().index());
    }
    return out;
  }

  /** The last instruction of a kind in the stage the service runs, or the stages under it. */
  static <T extends Instruction> Optional<T> last(Service s, Dockerfile d, Class<T> type) {
    for (Stage st : chain(s, d)) {
      List<T> found = st.all(type);
      if (!found.isEmpty()) {
        return Optional.of(found.get(found.size() - 1));
      }
    }
    return Optional.empty();
  }

  /** The stage the service runs: its {@code target}, else the last one. */
  static Optional<Stage> runStage(Service s, Dockerfile d) {
    Optional<String> target = s.build().flatMap(Build::target);
    if (target.isPresent()) {
      return d.stages().stream().filter(st -> st.isNamed(target.get())).findFirst();
    }
    return d.stages().isEmpty() ? Optional.empty() : Optional.of(d.finalStage());
  }
}
