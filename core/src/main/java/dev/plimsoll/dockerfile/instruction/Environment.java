package dev.plimsoll.dockerfile.instruction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables an expansion can see. Set-but-empty differs from unset: {@code ${NULL-x}} keeps the
 * empty value while {@code ${UNSET-x}} yields {@code x}. Mirrors BuildKit's {@code
 * shell.EnvGetter}.
 */
public interface Environment {

  /** The value of {@code name}, empty when the variable is not set at all. */
  Optional<String> get(String name);

  /**
   * The names that are set, in the order they were first defined; what BuildKit's {@code Keys()}
   * offers to rules that suggest a near name for an undefined one.
   */
  List<String> names();

  /** No variables at all. */
  static Environment empty() {
    return new MapEnvironment(Map.of());
  }

  /** The variables of {@code values}, kept in its iteration order. */
  static Environment of(Map<String, String> values) {
    return new MapEnvironment(new LinkedHashMap<>(values));
  }

  /**
   * Variables from {@code KEY=VALUE} strings, as a container's environment lists them. Like
   * BuildKit's {@code EnvsFromSlice}: the value starts after the first {@code =}, an entry without
   * {@code =} sets its key to the empty string, and a later entry for the same key wins.
   */
  static Environment fromKeyValues(List<String> keyValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String entry : keyValues) {
      int eq = entry.indexOf('=');
      if (eq < 0) {
        values.put(entry, "");
      } else {
        values.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return new MapEnvironment(values);
  }
}
