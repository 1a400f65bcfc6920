package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * No {@code restart} and no {@code deploy.restart_policy}: the engine's default is {@code no}, so a
 * crashed container, or every container after a daemon restart, stays down. An explicit {@code
 * restart: "no"} is a choice (a one-off job) and passes.
 */
final class RestartPolicyMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-restart-policy-missing",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "A service should say how it restarts");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    boolean swarm = s.raw().map("deploy").flatMap(d -> d.map("restart_policy")).isPresent();
    if (s.restart().isEmpty() && !swarm) {
      report.at(
          s.pos(),
          "service "
              + s.name()
              + " has no restart policy, so it stays down after a crash or a daemon restart: set"
              + " restart: unless-stopped (or on-failure)");
    }
  }
}
