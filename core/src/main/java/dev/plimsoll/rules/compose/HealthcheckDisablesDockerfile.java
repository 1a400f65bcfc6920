package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A service that turns off ({@code disable: true} or {@code test: ["NONE"]}) the HEALTHCHECK that
 * the Dockerfile compose builds it from defines: someone wrote a check for the image, and the
 * compose file throws it away, so a hung container counts as running again.
 */
final class HealthcheckDisablesDockerfile extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-healthcheck-disables-dockerfile",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Do not turn off the HEALTHCHECK of the service's Dockerfile");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.healthcheck().isEmpty() || !s.healthcheck().get().disabled()) {
      return;
    }
    Optional<DockerfileHealthchecks> own = DockerfileHealthchecks.of(project, s);
    if (own.isPresent()) {
      report.at(
          at(s, "healthcheck"),
          "service "
              + s.name()
              + " turns off the HEALTHCHECK of its Dockerfile ("
              + own.get().where()
              + ": "
              + own.get().command()
              + "), so a hung container counts as running: drop the disable (or test: NONE), or"
              + " fix the check if it fails");
    }
  }
}
