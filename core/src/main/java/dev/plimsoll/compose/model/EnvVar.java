package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Optional;

/**
 * One variable of a service's {@code environment}.
 *
 * @param value none when only the name is given (the value then comes from the shell)
 */
public record EnvVar(String name, Optional<String> value, Position pos) {}
