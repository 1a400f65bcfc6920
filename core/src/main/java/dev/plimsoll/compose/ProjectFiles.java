package dev.plimsoll.compose;

import dev.plimsoll.BadInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which compose files a project is made of, as {@code docker compose} chooses them: the {@code -f}
 * files; else COMPOSE_FILE (split on the platform's path separator); else the first of {@code
 * compose.yaml}, {@code compose.yml}, {@code docker-compose.yaml}, {@code docker-compose.yml} in
 * the folder or the nearest parent that has one, followed by its override file.
 */
final class ProjectFiles {
  static final List<String> DEFAULTS =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  private ProjectFiles() {}

  static List<Path> choose(ComposeOptions o, Map<String, String> env) throws BadInputException {
    Path dir = o.projectDirectory().map(o.workingDir()::resolve).orElse(o.workingDir());
    List<Path> out = new ArrayList<>();
    if (!o.files().isEmpty()) {
      for (Path f : o.files()) {
        out.add(o.workingDir().resolve(f).normalize());
      }
      return out;
    }
    String composeFile = env.getOrDefault("COMPOSE_FILE", "");
    if (!composeFile.isEmpty()) {
      for (String f : composeFile.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
        if (!f.isEmpty()) {
          out.add(dir.resolve(f).normalize());
        }
      }
      return out;
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      Optional<Path> main = first(d, DEFAULTS);
      if (main.isPresent()) {
        out.add(main.get());
        String name = main.get().getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        first(d, List.of(stem + ".override.yaml", stem + ".override.yml")).ifPresent(out::add);
        return out;
      }
    }
    throw new BadInputException(
        dir.toString(),
        "no compose file here or in a parent folder (looked for "
            + String.join(", ", DEFAULTS)
            + ")");
  }

  private static Optional<Path> first(Path dir, List<String> names) {
    for (String n : names) {
      Path p = dir.resolve(n);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
