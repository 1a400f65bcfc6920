package dev.plimsoll.dockerfile.instruction;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BuildKit's "did you mean" ({@code util/suggest/error.go}, {@code WrapError}): the first option at
 * a Levenshtein distance under 3, none when the value is itself an option. BuildKit walks a Go map,
 * so its pick among equally close options varies from run to run; ours takes the first in sorted
 * order.
 */
public final class Suggest {
  static final List<String> KEYWORDS =
      List.of(
          "add",
          "arg",
          "cmd",
          "copy",
          "entrypoint",
          "env",
          "expose",
          "from",
          "healthcheck",
          "label",
          "maintainer",
          "onbuild",
          "run",
          "shell",
          "stopsignal",
          "user",
          "volume",
          "workdir");

  private Suggest() {}

  /**
   * {@code " (did you mean copy?)"} for an unknown instruction, or nothing. Case-insensitive; the
   * suggestion is upper case when the keyword was written in upper case (BuildKit's matchCase).
   */
  static String instruction(String unknown) {
    String lower = unknown.toLowerCase(Locale.ROOT);
    return closest(lower, KEYWORDS)
        .map(k -> isUpperOnly(unknown) ? k.toUpperCase(Locale.ROOT) : k)
        .map(k -> " (did you mean " + k + "?)")
        .orElse("");
  }

  /** {@code " (did you mean from?)"} for an unknown flag name, case-sensitive, or nothing. */
  static String flag(String unknown, List<String> names) {
    return closest(unknown, names.stream().sorted().toList())
        .map(n -> " (did you mean " + n + "?)")
        .orElse("");
  }

  // Go's matchCase tests "all lower case" first, so "&&" counts as lower case.
  private static boolean isUpperOnly(String s) {
    return !s.equals(s.toLowerCase(Locale.ROOT)) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  /**
   * The option closest to {@code value} (case-sensitive, as BuildKit's lint checks ask on Linux),
   * for a {@code (did you mean X?)}; empty when none is close or {@code value} is itself an option.
   */
  public static Optional<String> similar(String value, Collection<String> options) {
    return closest(value, options.stream().distinct().sorted().toList());
  }

  private static Optional<String> closest(String value, List<String> options) {
    String match = null;
    int min = 3;
    for (String option : options) {
      if (option.equals(value)) {
        return Optional.empty();
      }
      int d = distance(value, option);
      if (d < min) {
        min = d;
        match = option;
      }
    }
    return Optional.ofNullable(match);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
