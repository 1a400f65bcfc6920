package dev.plimsoll.dockerfile.instruction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an instruction's flags the way BuildKit's {@code BFlags.Parse} does
 * (frontend/dockerfile/instructions/bflag.go): every flag must be one the instruction registers, a
 * flag that is not repeatable may appear once, a string flag needs {@code =value}, and a boolean
 * flag takes no value or {@code true}/{@code false}. Messages are BuildKit's, which name the flag
 * with its {@code --} since v0.17.
 */
final class FlagParser {
  /** How BuildKit registers a flag: {@code AddBool}, {@code AddString} or {@code AddStrings}. */
  enum Kind {
    BOOL,
    STRING,
    /** Repeatable, like {@code RUN --mount}. */
    STRINGS
  }

  private FlagParser() {}

  /** The first problem BuildKit reports for {@code raw}, if any. */
  static Optional<String> problem(List<String> raw, Map<String, Kind> accepted) {
    Set<String> used = new HashSet<>();
    for (String word : raw) {
      if (word.equals("--")) {
        // BuildKit stops reading flags at "--" (POSIX utility syntax guideline 10).
        return Optional.empty();
      }
      int eq = word.indexOf('=');
      String flagName = eq < 0 ? word : word.substring(0, eq);
      String name = flagName.startsWith("--") ? flagName.substring(2) : flagName;
      Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(word.substring(eq + 1));
      Kind kind = accepted.get(name);
      if (kind == null) {
        return Optional.of(
            "unknown flag: " + flagName + Suggest.flag(name, accepted.keySet().stream().toList()));
      }
      if (!used.add(name) && kind != Kind.STRINGS) {
        return Optional.of("duplicate flag specified: " + flagName);
      }
      if (kind == Kind.BOOL) {
        if (value.isPresent() && value.get().isEmpty()) {
          return Optional.of("missing a value on flag: " + flagName);
        }
        String lower = value.orElse("").toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && !lower.equals("true") && !lower.equals("false")) {
          return Optional.of(
              "expecting boolean value for flag " + flagName + ", not: " + value.get());
        }
      } else if (value.isEmpty()) {
        return Optional.of("missing a value on flag: " + flagName);
      }
    }
    return Optional.empty();
  }
}
