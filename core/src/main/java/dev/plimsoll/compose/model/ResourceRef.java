package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/** A service's use of a secret or config: its name and, when given, where it is mounted. */
public record ResourceRef(String source, Optional<String> target, Position pos) {}
