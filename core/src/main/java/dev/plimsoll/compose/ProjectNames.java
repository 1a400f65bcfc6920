package dev.plimsoll.compose;

import java.util.Locale;
import java.util.Optional;

/**
 * The project name, by compose's precedence: {@code -p}, then COMPOSE_PROJECT_NAME, then the
 * top-level {@code name:}, then the project folder's name; normalized as compose does it (lower
 * case, only {@code a-z0-9_-}, starting with a letter or digit).
 */
final class ProjectNames {
  private ProjectNames() {}

  static String choose(
      Optional<String> flag, Optional<String> env, Optional<String> top, String folder) {
    for (Optional<String> candidate : java.util.List.of(flag, env, top)) {
      if (candidate.isPresent() && !candidate.get().isBlank()) {
        return normalize(candidate.get());
      }
    }
    return normalize(folder);
  }

  static String normalize(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
    return lower.replaceFirst("^[^a-z0-9]+", "");
  }
}
