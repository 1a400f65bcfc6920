package dev.plimsoll.dockerfile.instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --name[=value]} flags of an instruction, in order. A flag without {@code =} (such as
 * {@code --link}) has no value; BuildKit reads it as {@code true}.
 */
public record Flags(List<Flag> all) {
  public static final Flags NONE = new Flags(List.of());

  /** One flag. */
  public record Flag(String name, Optional<String> value) {
    /** The flag as written, e.g. {@code --from=build}. */
    public String text() {
      return value.map(v -> "--" + name + "=" + v).orElse("--" + name);
    }
  }

  public Flags {
    all = List.copyOf(all);
  }

  /** Parses BuildKit's raw flag words ({@code --from=build}, {@code --link}). */
  static Flags parse(List<String> raw) {
    List<Flag> flags = new ArrayList<>(raw.size());
    for (String word : raw) {
      String body = word.startsWith("--") ? word.substring(2) : word;
      int eq = body.indexOf('=');
      flags.add(
          eq < 0
              ? new Flag(body, Optional.empty())
              : new Flag(body.substring(0, eq), Optional.of(body.substring(eq + 1))));
    }
    return flags.isEmpty() ? NONE : new Flags(flags);
  }

  /** True when the flag was given, with or without a value. */
  public boolean has(String name) {
    return all.stream().anyMatch(f -> f.name().equals(name));
  }

  /** The value of the last occurrence of the flag (BuildKit's last-one-wins), if it has one. */
  public Optional<String> value(String name) {
    Optional<String> found = Optional.empty();
    for (Flag f : all) {
      if (f.name().equals(name)) {
        found = f.value();
      }
    }
    return found;
  }

  /** Every value of a repeatable flag such as {@code --mount}, in order. */
  public List<String> values(String name) {
    return all.stream()
        .filter(f -> f.name().equals(name))
        .flatMap(f -> f.value().stream())
        .toList();
  }

  /** The flags as written, e.g. {@code [--from=build, --link]}. */
  public List<String> texts() {
    return all.stream().map(Flag::text).toList();
  }
}
