package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code RUN --mount=type=cache,target=...}: what is written under its target stays in BuildKit's
 * cache and never reaches the image, so cache clean-up advice does not apply to it.
 *
 * @param target the folder the cache is mounted on, as written
 */
record CacheMount(String target) {

  /** The cache mounts of the RUN, read from its comma-separated {@code key=value} fields. */
  static List<CacheMount> of(Run run) {
    List<CacheMount> out = new ArrayList<>();
    for (String mount : run.flags().values("mount")) {
      String type = "bind";
      String target = "";
      for (String field : mount.split(",", -1)) {
        int eq = field.indexOf('=');
        String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : field.substring(eq + 1).trim();
        if (key.equals("type")) {
          type = value;
        } else if (key.equals("target") || key.equals("dst") || key.equals("destination")) {
          target = value;
        }
      }
      if (type.equals("cache")) {
        out.add(new CacheMount(target));
      }
    }
    return out;
  }

  /** True when any cache mount of the RUN has a target that contains one of {@code parts}. */
  static boolean anyTargetContains(Run run, String... parts) {
    for (CacheMount m : of(run)) {
      for (String part : parts) {
        if (m.target().contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
