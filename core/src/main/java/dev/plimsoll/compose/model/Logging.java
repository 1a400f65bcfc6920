package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import java.util.Map;
import java.util.Optional;

/** A service's {@code logging}: the driver (the engine's default when absent) and its options. */
public record Logging(Optional<String> driver, Map<String, String> options, Position pos) {
  public Logging {
    options = Map.copyOf(options);
  }
}
