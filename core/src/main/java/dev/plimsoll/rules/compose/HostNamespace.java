package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code network_mode}, {@code pid}, {@code ipc} or {@code uts} set to {@code host}. */
final class HostNamespace extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-host-namespace",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Do not share the host's network, PID, IPC or UTS namespace");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    Map<String, Optional<String>> keys = new java.util.LinkedHashMap<>();
    keys.put("network_mode", s.networkMode());
    keys.put("pid", s.pid());
    keys.put("ipc", s.ipc());
    keys.put("uts", s.uts());
    keys.forEach(
        (key, value) -> {
          if (value.filter("host"::equals).isPresent()) {
            report.at(
                at(s, key),
                "service "
                    + s.name()
                    + " shares the host's "
                    + what(key)
                    + " ("
                    + key
                    + ": host), so it can "
                    + reach(key)
                    + ": leave it out, and publish ports or share with one service instead");
          }
        });
  }

  private static String what(String key) {
    return switch (key) {
      case "network_mode" -> "network";
      case "pid" -> "processes";
      case "ipc" -> "shared memory";
      default -> "host name";
    };
  }

  private static String reach(String key) {
    return switch (key) {
      case "network_mode" -> "reach every service listening on the host's loopback";
      case "pid" -> "see and signal every process of the host";
      case "ipc" -> "read the host processes' shared memory";
      default -> "change the host's name";
    };
  }
}
