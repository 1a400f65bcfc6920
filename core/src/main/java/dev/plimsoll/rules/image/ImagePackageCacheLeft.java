package dev.plimsoll.rules.image;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.image.model.Leftover;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * Package-manager caches left in the final file system (dockle DKL-DI-0005 for apt, and its apk,
 * yum, pip, npm, yarn, Go, Maven and Gradle relatives): bytes every pull carries that no container
 * needs. Temporary folders are left to image-wasted-space's figures, build tools to
 * image-build-tools-left.
 */
final class ImagePackageCacheLeft implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-package-cache-left",
          List.of("DKL-DI-0005"),
          Severity.WARNING,
          Domain.IMAGE,
          "Clear package-manager caches in the layer that fills them");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    for (Leftover l : subject.analysis().leftovers()) {
      if (l.kind() != Leftover.Kind.CACHE) {
        continue;
      }
      int layer = l.layers().isEmpty() ? -1 : l.layers().get(l.layers().size() - 1);
      report.accept(
          new Problem(
              layer,
              l.what()
                  + " left in /"
                  + l.location()
                  + " ("
                  + BuildContext.humanBytes(l.bytes())
                  + ", "
                  + l.files()
                  + " files): clear it in the RUN that fills it, or use a cache mount"
                  + " (RUN --mount=type=cache)"));
    }
  }
}
