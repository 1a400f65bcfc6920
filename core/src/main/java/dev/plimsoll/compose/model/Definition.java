package dev.plimsoll.compose.model;

import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;

/**
 * A top-level network, volume, secret or config: its name, where it is defined, and the definition
 * as merged.
 */
public record Definition(String name, Position pos, YMap raw) {
  /** {@code external: true} (or the legacy {@code external: {name: ...}}). */
  public boolean external() {
    YNode e = raw.get("external").orElse(null);
    return e instanceof YMap || (e instanceof YScalar s && s.value().equalsIgnoreCase("true"));
  }
}
