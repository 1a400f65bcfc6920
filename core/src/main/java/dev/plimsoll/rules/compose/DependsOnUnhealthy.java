package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Dependency;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code depends_on} that does not wait for readiness. {@code condition: service_healthy} on a
 * service with no healthcheck (in compose or its Dockerfile) makes {@code up} fail ("dependency has
 * no healthcheck"); a plain {@code depends_on} ({@code service_started}) on a database ({@link
 * DataServices}) starts the app as soon as the database's container runs, before it accepts
 * connections.
 */
final class DependsOnUnhealthy extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-depends-on-unhealthy",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "depends_on should wait for a healthy dependency");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    for (Dependency d :
        s.dependsOn().values().stream()
            .sorted(Comparator.comparing(Dependency::service))
            .toList()) {
      Optional<Service> target = project.service(d.service());
      if (target.isEmpty()) {
        continue; // compose-undefined-reference's
      }
      Service t = target.get();
      boolean healthcheck =
          // A compose test, or turning the check off, overrides the Dockerfile's HEALTHCHECK;
          // timing alone keeps it.
          t.healthcheck()
              .filter(h -> h.disabled() || !h.test().isEmpty())
              .map(h -> !h.disabled())
              .orElseGet(() -> HealthcheckMissing.hasDockerfileHealthcheck(project, t));
      if (d.condition().equals("service_healthy") && !healthcheck) {
        report.at(
            d.pos(),
            "service "
                + s.name()
                + " waits for "
                + t.name()
                + " to be healthy, but "
                + t.name()
                + " has no healthcheck, so docker compose up fails: give "
                + t.name()
                + " a healthcheck");
      } else if (d.condition().equals("service_started") && DataServices.isDatabase(t)) {
        report.at(
            d.pos(),
            "service "
                + s.name()
                + " starts as soon as the container of "
                + t.name()
                + " runs, before it accepts connections: "
                + (healthcheck ? "" : "give " + t.name() + " a healthcheck and ")
                + "depend on it with condition: service_healthy");
      }
    }
  }
}
