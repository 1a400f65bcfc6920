package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.compose.model.ComposeProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compose projects {@code check} audits under a folder: in each folder with a default compose
 * file, the project {@code docker compose} would load there (the file and its override file, the
 * folder's {@code .env}); then every other compose-named file on its own ({@code
 * docker-compose.prod.yml}). COMPOSE_FILE is not read: check finds the files itself. A default
 * project that does not load is an error; another file that does not load alone (a fragment meant
 * to be merged with {@code -f}) is a warning.
 */
final class ComposeProjects {
  private ComposeProjects() {}

  private static final Pattern DEFAULT_OR_OVERRIDE =
      Pattern.compile("(docker-)?compose(\\.override)?\\.ya?ml");

  private static final Set<String> DEFAULTS =
      Set.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  static List<ComposeProject> load(
      List<Path> composeFiles, List<BadInputException> errors, List<String> warnings) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("COMPOSE_FILE");
    ComposeOptions options = ComposeOptions.in(Path.of("").toAbsolutePath()).withEnvironment(env);
    Set<Path> folders = new LinkedHashSet<>();
    for (Path f : composeFiles) {
      if (DEFAULTS.contains(f.getFileName().toString())) {
        folders.add(f.toAbsolutePath().normalize().getParent());
      }
    }
    List<ComposeProject> out = new ArrayList<>();
    Set<String> loaded = new LinkedHashSet<>();
    for (Path folder : folders) {
      try {
        ComposeProject p = Compose.load(options.withProjectDirectory(folder));
        out.add(p);
        loaded.addAll(absolute(p));
      } catch (BadInputException e) {
        errors.add(e);
        // Its files are not tried again one by one: the error says what to fix.
        for (Path f : composeFiles) {
          Path abs = f.toAbsolutePath().normalize();
          if (abs.getParent().equals(folder)
              && DEFAULT_OR_OVERRIDE.matcher(abs.getFileName().toString()).matches()) {
            loaded.add(abs.toString());
          }
        }
      }
    }
    for (Path f : composeFiles) {
      Path abs = f.toAbsolutePath().normalize();
      if (loaded.contains(abs.toString())) {
        continue;
      }
      try {
        ComposeProject p = Compose.load(options.withFiles(List.of(abs)));
        out.add(p);
        loaded.addAll(absolute(p));
      } catch (BadInputException e) {
        warnings.add(Errors.oneLine(e.getMessage()) + " (not audited: it does not load alone)");
      }
    }
    return out;
  }

  /** The absolute files a project was read from. */
  private static List<String> absolute(ComposeProject p) {
    Path cwd = Path.of("").toAbsolutePath();
    return p.files().stream().map(f -> cwd.resolve(f).normalize().toString()).toList();
  }
}
