package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Port;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * A database, broker or admin port published on every interface: no {@code host_ip}, or {@code
 * 0.0.0.0} or {@code ::}. A port counts when the service's image is a database or an admin tool
 * ({@link DataServices}), or when it is one only such services use (5432, 6379, 2375, ...).
 * Docker's published ports also bypass the host's ufw/iptables INPUT rules.
 */
final class PortAllInterfaces extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-port-all-interfaces",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Publish database and admin ports on 127.0.0.1, not every interface");

  private static final Set<String> EVERY_INTERFACE = Set.of("", "0.0.0.0", "::", "[::]");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    boolean dataService = DataServices.isDatabase(s) || DataServices.isAdminTool(s);
    for (Port p : s.ports()) {
      if (p.published().isEmpty() || !EVERY_INTERFACE.contains(p.hostIp().orElse(""))) {
        continue;
      }
      if (dataService || DataServices.isDataPort(p.target())) {
        report.at(
            p.pos(),
            "service "
                + s.name()
                + " publishes port "
                + p.target()
                + " on every interface (host port "
                + p.published().get()
                + "), past the host's firewall: bind it to 127.0.0.1 (\"127.0.0.1:"
                + p.published().get()
                + ":"
                + p.target()
                + "\"), or let only the services that use it reach it on a network");
      }
    }
  }
}
