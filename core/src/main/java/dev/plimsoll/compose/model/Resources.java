package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/**
 * Memory and CPU of {@code deploy.resources.limits} or {@code reservations}, as written.
 *
 * @param memory e.g. {@code 512M}
 * @param cpus e.g. {@code 0.5}
 */
public record Resources(Optional<String> memory, Optional<String> cpus, Position pos) {}
