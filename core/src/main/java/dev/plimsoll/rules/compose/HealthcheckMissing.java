package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * A service with no {@code healthcheck}, whose Dockerfile (when compose builds it) has no
 * HEALTHCHECK either, or whose healthcheck is turned off. An image's own HEALTHCHECK cannot be seen
 * without pulling it; the official images of databases and web servers have none.
 */
final class HealthcheckMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-healthcheck-missing",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "A service should have a healthcheck");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.healthcheck().isPresent()) {
      // Turning off the Dockerfile's own check is compose-healthcheck-disables-dockerfile's.
      if (s.healthcheck().get().disabled() && !hasDockerfileHealthcheck(project, s)) {
        report.at(
            at(s, "healthcheck"),
            "service "
                + s.name()
                + " turns its healthcheck off, so a hung container counts as running: give it a"
                + " test instead");
      }
      return;
    }
    if (hasDockerfileHealthcheck(project, s)) {
      return;
    }
    report.at(
        s.pos(),
        "service "
            + s.name()
            + " has no healthcheck, so a hung container counts as running and depends_on cannot"
            + " wait for it to be ready: add healthcheck: with a test the image can run");
  }

  /**
   * True when the stage the service runs, or a stage it is built FROM, ends with a HEALTHCHECK with
   * a command (not NONE).
   */
  static boolean hasDockerfileHealthcheck(ComposeProject project, Service s) {
    return ServiceDockerfile.of(project, s)
        .flatMap(d -> ServiceDockerfile.last(s, d, Healthcheck.class))
        .flatMap(Healthcheck::command)
        .isPresent();
  }
}
