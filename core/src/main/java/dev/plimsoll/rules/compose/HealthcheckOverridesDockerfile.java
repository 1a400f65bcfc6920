package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Healthcheck;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A service whose healthcheck {@code test} replaces a different HEALTHCHECK command of the
 * Dockerfile compose builds it from. Compose's test wins, so the Dockerfile's is dead code for this
 * service, and the two drift: one of them checks the wrong thing. Setting only {@code interval},
 * {@code timeout} or {@code retries} keeps the image's command and is not reported.
 */
final class HealthcheckOverridesDockerfile extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-healthcheck-overrides-dockerfile",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "A compose healthcheck test should not replace a different Dockerfile HEALTHCHECK");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    Optional<Healthcheck> compose = s.healthcheck().filter(h -> !h.disabled());
    Optional<String> test = compose.flatMap(h -> DockerfileHealthchecks.composeCommand(h.test()));
    if (test.isEmpty()) {
      return;
    }
    Optional<DockerfileHealthchecks> own = DockerfileHealthchecks.of(project, s);
    if (own.isPresent() && !own.get().command().equals(test.get())) {
      report.at(
          at(s, "healthcheck"),
          "service "
              + s.name()
              + "'s healthcheck test ("
              + test.get()
              + ") replaces the HEALTHCHECK of its Dockerfile ("
              + own.get().where()
              + ": "
              + own.get().command()
              + "): keep one check, in the Dockerfile if every run of the image needs it");
    }
  }
}
