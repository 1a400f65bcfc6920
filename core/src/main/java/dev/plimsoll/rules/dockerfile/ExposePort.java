package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.Expose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One EXPOSE port as BuildKit's convert_expose.go splits it: {@code [[ip:]hostPort:]port[/proto]}.
 *
 * @param raw the port word after expansion
 * @param ip the host IP, or empty
 * @param hostPort the host port, or empty
 * @param protocol the protocol as written, or empty
 */
record ExposePort(String raw, String ip, String hostPort, String protocol) {
  private static final Set<String> PROTOCOLS = Set.of("", "tcp", "udp", "sctp");

  /**
   * The ports of an EXPOSE, expanded and split into words as BuildKit does. Stops at the first port
   * BuildKit would refuse (no port, unknown protocol): the build fails there, and BuildKit's checks
   * run only on the ports before it.
   */
  static List<ExposePort> of(Expose expose, Dockerfile file) {
    List<ExposePort> out = new ArrayList<>();
    for (String written : expose.ports()) {
      List<String> words;
      try {
        words = file.expand(written, expose).words();
      } catch (ExpansionException e) {
        return out;
      }
      for (String word : words) {
        Optional<ExposePort> p = parse(word);
        if (p.isEmpty()) {
          return out;
        }
        out.add(p.get());
      }
    }
    return out;
  }

  static Optional<ExposePort> parse(String raw) {
    String[] parts = raw.split(":", -1);
    int n = parts.length;
    String ip = n > 2 ? String.join(":", List.of(parts).subList(0, n - 2)) : "";
    String hostPort = n > 1 ? parts[n - 2] : "";
    String container = parts[n - 1];
    int slash = container.indexOf('/');
    String port = slash < 0 ? container : container.substring(0, slash);
    String proto = slash < 0 ? "" : container.substring(slash + 1);
    if (port.isEmpty() || !PROTOCOLS.contains(proto.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new ExposePort(raw, ip, hostPort, proto));
  }
}
