package dev.plimsoll.rules.dockerfile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of an image reference as written in a FROM: {@code
 * [registry[:port]/]path[:tag][@digest]}. A colon is a tag separator only after the last slash, so
 * {@code localhost:5000/app} has no tag.
 */
record ImageRef(String name, Optional<String> tag, Optional<String> digest) {
  /** The grammar of distribution/reference: an optional registry host, then lower-case paths. */
  private static final Pattern NAME =
      Pattern.compile(
          "(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
              + "(?::[0-9]+)?)/)?"
              + "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");

  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  /**
   * True when Docker would accept the reference. Templates such as {@code FROM %%BASE%%} are not
   * references at all; the build fails on them before any tag matters.
   */
  boolean valid() {
    return NAME.matcher(name).matches() && tag.map(t -> TAG.matcher(t).matches()).orElse(true);
  }

  static ImageRef parse(String ref) {
    String rest = ref;
    Optional<String> digest = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      return new ImageRef(rest.substring(0, colon), Optional.of(rest.substring(colon + 1)), digest);
    }
    return new ImageRef(rest, Optional.empty(), digest);
  }
}
