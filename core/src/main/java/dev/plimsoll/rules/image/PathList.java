package dev.plimsoll.rules.image;

import java.util.List;

/** How an image rule names the paths it found: the first few, then how many more. */
final class PathList {
  private PathList() {}

  /** At most this many paths are named in one message. */
  static final int SHOWN = 5;

  /** {@code "/a, /b, /c, /d, /e and 3 more"}. */
  static String shown(List<String> paths) {
    String named = String.join(", ", paths.subList(0, Math.min(SHOWN, paths.size())));
    return paths.size() > SHOWN ? named + " and " + (paths.size() - SHOWN) + " more" : named;
  }
}
