package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Mount;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * A bind mount of the Docker (or Podman) socket, or of the folder that holds it: the service can
 * then start a privileged container with the host's root file system mounted. Read-only does not
 * help: the socket is an API, and a read-only mount of it still takes requests.
 */
final class DockerSocketMounted extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-docker-socket-mounted",
          List.of(),
          Severity.ERROR,
          Domain.COMPOSE,
          "Do not mount the Docker socket into a service");

  /** The folders that hold the socket: mounting them mounts it. */
  private static final Set<String> SOCKET_FOLDERS = Set.of("/var/run", "/run", "/var/run/docker");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    for (Mount m : s.volumes()) {
      if (!m.type().equals("bind") || m.source().isEmpty()) {
        continue;
      }
      String source = m.source().get().replaceAll("/+$", "");
      if (source.endsWith("/docker.sock")
          || source.endsWith("/podman.sock")
          || SOCKET_FOLDERS.contains(source)) {
        report.at(
            m.pos(),
            "service "
                + s.name()
                + " mounts "
                + m.source().get()
                + (m.readOnly() ? " (read-only does not help: the socket is an API)" : "")
                + ": whoever controls the service controls the engine, and with it the host;"
                + " use a socket proxy that allows only the calls it needs, or none");
      }
    }
  }
}
