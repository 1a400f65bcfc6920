package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Resources;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * No memory or no CPU limit, in {@code deploy.resources.limits} or the short keys {@code mem_limit}
 * and {@code cpus}: one service can then starve the others and the host.
 */
final class ResourceLimitsMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-resource-limits-missing",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "A service should have a memory and a CPU limit");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    List<String> missing = new ArrayList<>();
    if (s.memLimit().isEmpty() && s.limits().flatMap(Resources::memory).isEmpty()) {
      missing.add("memory");
    }
    if (s.cpus().isEmpty() && s.limits().flatMap(Resources::cpus).isEmpty()) {
      missing.add("CPU");
    }
    if (!missing.isEmpty()) {
      report.at(
          s.pos(),
          "service "
              + s.name()
              + " has no "
              + String.join(" or ", missing)
              + " limit, so it can starve the other services and the host: set"
              + " deploy.resources.limits (memory: 512M, cpus: \"0.5\")");
    }
  }
}
