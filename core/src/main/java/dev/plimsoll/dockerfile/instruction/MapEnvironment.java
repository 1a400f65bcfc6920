package dev.plimsoll.dockerfile.instruction;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link Environment} over a map whose iteration order is the definition order. */
record MapEnvironment(Map<String, String> values) implements Environment {

  MapEnvironment {
    values = Collections.unmodifiableMap(values);
  }

  @Override
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public List<String> names() {
    return List.copyOf(values.keySet());
  }
}
