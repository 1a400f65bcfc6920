package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/**
 * A service's volume, in the long syntax.
 *
 * @param type bind, volume, tmpfs, npipe, cluster or image
 * @param source for a bind the absolute host path, for a volume its name; none for an anonymous
 *     volume or a tmpfs
 * @param target the path in the container
 */
public record Mount(
    String type, Optional<String> source, String target, boolean readOnly, Position pos) {}
