package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The image is known only as :latest, which moves under its users (dockle DKL-DI-0006). */
final class ImageLatestTag implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-latest-tag",
          List.of("DKL-DI-0006"),
          Severity.INFO,
          Domain.IMAGE,
          "Tag images with a version, not only latest");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> tags = subject.tags();
    if (!tags.isEmpty() && tags.stream().allMatch(ImageLatestTag::isLatest)) {
      report.accept(
          new Problem(
              -1,
              "the image is tagged only "
                  + String.join(", ", tags)
                  + ": a tag that moves makes deployments unrepeatable; tag it with a version"));
    }
  }

  /**
   * {@code app:latest} and {@code app} (Docker's default tag) are latest; a bare {@code latest}, as
   * an OCI layout's ref name holds it, too.
   */
  static boolean isLatest(String tag) {
    int slash = tag.lastIndexOf('/');
    int colon = tag.lastIndexOf(':');
    String name;
    if (colon > slash) {
      name = tag.substring(colon + 1);
    } else {
      name = slash >= 0 ? "latest" : tag;
    }
    return name.toLowerCase(Locale.ROOT).equals("latest");
  }
}
