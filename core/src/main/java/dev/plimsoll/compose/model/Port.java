package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/**
 * A published or exposed port, in the long syntax.
 *
 * @param hostIp the host address it binds, when one is given (none means every interface)
 * @param target the container port
 * @param published the host port or range, when the port is published
 * @param protocol tcp or udp
 */
public record Port(
    Optional<String> hostIp,
    int target,
    Optional<String> published,
    String protocol,
    Position pos) {}
