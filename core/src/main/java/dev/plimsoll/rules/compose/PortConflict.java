package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Port;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Two published ports on the same host port and protocol, whose addresses overlap (the same {@code
 * host_ip}, or either on every interface): the second container fails to start with "port is
 * already allocated". Ranges ({@code 8000-8010}) are compared port by port.
 */
final class PortConflict implements ComposeRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-port-conflict",
          List.of(),
          Severity.ERROR,
          Domain.COMPOSE,
          "Two services cannot publish the same host port");

  /** A range longer than this is not expanded: no one publishes one, and it costs memory. */
  private static final int MAX_RANGE = 1024;

  private static final Set<String> EVERY_INTERFACE = Set.of("", "0.0.0.0", "::", "[::]");

  private record Bound(String service, Port port, String ip, int hostPort) {}

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ComposeProject project, Consumer<Problem> report) {
    List<Bound> seen = new ArrayList<>();
    for (Service s : project.services()) {
      for (Port p : s.ports()) {
        String ip = p.hostIp().filter(i -> !EVERY_INTERFACE.contains(i)).orElse("");
        for (int host : hostPorts(p.published().orElse(""))) {
          Optional<Bound> taken =
              seen.stream()
                  .filter(b -> b.hostPort() == host && b.port().protocol().equals(p.protocol()))
                  .filter(b -> b.ip().isEmpty() || ip.isEmpty() || b.ip().equals(ip))
                  .findFirst();
          if (taken.isPresent()) {
            Bound b = taken.get();
            report.accept(
                new Problem(
                    p.pos(),
                    Optional.of(s.name()),
                    "service "
                        + s.name()
                        + " publishes host port "
                        + host
                        + "/"
                        + p.protocol()
                        + ", which "
                        + (b.service().equals(s.name()) ? "it" : "service " + b.service())
                        + " already publishes ("
                        + b.port().pos()
                        + "): the second container will not start; publish another host port"));
            break;
          }
          seen.add(new Bound(s.name(), p, ip, host));
        }
      }
    }
  }

  /** {@code 8080} → [8080], {@code 8000-8002} → [8000, 8001, 8002]; empty for none or a bad one. */
  static List<Integer> hostPorts(String published) {
    List<Integer> out = new ArrayList<>();
    try {
      String[] range = published.strip().split("-", 2);
      int from = Integer.parseInt(range[0]);
      int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
      for (int p = from; p <= to && p - from < MAX_RANGE; p++) {
        out.add(p);
      }
    } catch (NumberFormatException e) {
      return List.of(); // no host port: the engine picks a free one
    }
    return out;
  }
}
