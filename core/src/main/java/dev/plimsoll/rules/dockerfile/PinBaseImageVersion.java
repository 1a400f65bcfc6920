package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A base image named without a tag, or by {@code latest}, changes under the build (hadolint's
 * DL3006 and DL3007). Not flagged: {@code scratch}, other stages of the file, digests, and
 * references whose value depends on a {@code --build-arg}.
 */
final class PinBaseImageVersion implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "pin-base-image-version",
          List.of("DL3006", "DL3007"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Base images should be pinned to a version tag or a digest, not left untagged or latest");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<String> expanded = FromArgs.expand(from, file);
    String written = from.image();
    if (expanded.isEmpty()) {
      // Only a literal ":latest" is certain; the rest depends on a build argument.
      ImageRef raw = ImageRef.parse(written);
      if (raw.digest().isEmpty() && raw.tag().filter("latest"::equals).isPresent()) {
        ctx.report(from, latest(written));
      }
      return;
    }
    String image = expanded.get();
    if (image.equalsIgnoreCase("scratch") || isOtherStage(file, from, image)) {
      return;
    }
    ImageRef ref = ImageRef.parse(image);
    if (ref.digest().isPresent() || !ref.valid()) {
      return;
    }
    if (ref.tag().isEmpty()) {
      ctx.report(
          from,
          "Always tag the version of an image explicitly: '"
              + image
              + "' has no tag, so each build may get a different image; pin a version tag or"
              + " a digest");
    } else if (ref.tag().get().equals("latest")) {
      ctx.report(from, latest(image));
    }
  }

  private static String latest(String image) {
    return "Using latest is prone to errors if the image will ever update: pin '"
        + image
        + "' to a release tag or a digest";
  }

  /** Any other stage, earlier or later: BuildKit resolves a FROM against every stage name. */
  private static boolean isOtherStage(Dockerfile file, From from, String image) {
    // By line, not From.equals: a record compares whole syntax nodes.
    return file.stagesNamed(image).stream().anyMatch(s -> s.from().line() != from.line());
  }
}
