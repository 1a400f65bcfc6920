package dev.plimsoll.rules.dockerfile;

import java.util.Optional;

/**
 * The parts of an image reference as written in a FROM: {@code
 * [registry[:port]/]path[:tag][@digest]}. A colon is a tag separator only after the last slash, so
 * {@code localhost:5000/app} has no tag.
 */
record ImageRef(String name, Optional<String> tag, Optional<String> digest) {

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
