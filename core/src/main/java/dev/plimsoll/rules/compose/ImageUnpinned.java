package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * An {@code image} with no tag or {@code :latest} and no digest, for a service that compose pulls
 * rather than builds (with {@code build}, {@code image} only names the result).
 */
final class ImageUnpinned extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-image-unpinned",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Pin service images to a version or digest, not latest");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.build().isPresent() || s.image().isEmpty()) {
      return;
    }
    String image = s.image().get();
    if (image.contains("@")) {
      return;
    }
    String tag = tag(image);
    if (tag.isEmpty() || tag.equals("latest")) {
      report.at(
          at(s, "image"),
          "service "
              + s.name()
              + " runs "
              + image
              + (tag.isEmpty() ? ", which means :latest" : "")
              + ": the image changes under the project at the next pull; pin a version tag or a"
              + " digest");
    }
  }

  /** The tag of a reference, empty when it has none (a colon before the last slash is a port). */
  static String tag(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? image.substring(colon + 1) : "";
  }
}
