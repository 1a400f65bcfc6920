package dev.plimsoll.dockerfile.instruction;

import java.util.List;
import java.util.Locale;

/** BuildKit's "did you mean" for unknown instructions: the closest keyword by edit distance. */
final class Suggest {
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

  /** {@code " (did you mean copy?)"}, or nothing when no keyword is close. */
  static String instruction(String unknown) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = unknown.toLowerCase(Locale.ROOT);
    if (lower.length() > 64) {
      return "";
    }
    for (String k : KEYWORDS) {
      int d = distance(lower, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    // BuildKit suggests only when at most a third of the letters differ.
    return best != null && bestDistance <= Math.max(1, lower.length() / 3)
        ? " (did you mean " + best + "?)"
        : "";
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
