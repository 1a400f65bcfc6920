package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.EnvFile;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An {@code env_file} that is not there, unless {@code required: false} lets it be missing: {@code
 * docker compose up} stops with "env file ... not found".
 */
final class EnvFileMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-env-file-missing",
          List.of(),
          Severity.ERROR,
          Domain.COMPOSE,
          "A service's env_file must exist");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    for (EnvFile f : s.envFiles()) {
      if (f.required() && !Files.isRegularFile(Path.of(f.path()))) {
        Path shown = Path.of(project.workingDir()).relativize(Path.of(f.path()));
        report.at(
            f.pos(),
            "service "
                + s.name()
                + " reads env_file "
                + shown
                + ", which does not exist: docker compose up stops; create it (an .example"
                + " next to it helps), or set required: false");
      }
    }
  }
}
