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
      if (s.healthcheck().get().disabled()) {
        report.at(
            at(s, "healthcheck"),
            "service "
                + s.name()
                + " turns its healthcheck off, so a hung container counts as running: give it a"
                + " test instead");
      }
      return;
    }
    if (hasDockerfileHealthcheck(s)) {
      return;
    }
    report.at(
        s.pos(),
        "service "
            + s.name()
            + " has no healthcheck, so a hung container counts as running and depends_on cannot"
            + " wait for it to be ready: add healthcheck: with a test the image can run");
  }

  /** True when the stage the service runs has a HEALTHCHECK with a command (not NONE). */
  static boolean hasDockerfileHealthcheck(Service s) {
    return ServiceDockerfile.of(s)
        .flatMap(d -> ServiceDockerfile.runStage(s, d))
        .map(st -> st.all(Healthcheck.class))
        .filter(h -> !h.isEmpty() && h.get(h.size() - 1).command().isPresent())
        .isPresent();
  }
}
