package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * No {@code cap_drop: [ALL]}: the service keeps the engine's default capabilities (CHOWN, SETUID,
 * NET_RAW, ...), which most services never use. A privileged service is left to compose-privileged:
 * it has every capability whatever cap_drop says.
 */
final class CapabilitiesNotDropped extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-capabilities-not-dropped",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "Drop all capabilities and add back only those needed");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    boolean all =
        s.capDrop().stream()
            .map(c -> c.toUpperCase(Locale.ROOT))
            .anyMatch(c -> c.equals("ALL") || c.equals("CAP_ALL"));
    if (!all && !s.privileged()) {
      report.at(
          s.capDrop().isEmpty() ? s.pos() : at(s, "cap_drop"),
          "service "
              + s.name()
              + " keeps the default capabilities (NET_RAW, SETUID, CHOWN, ...): set cap_drop:"
              + " [ALL] and cap_add only those it needs");
    }
  }
}
