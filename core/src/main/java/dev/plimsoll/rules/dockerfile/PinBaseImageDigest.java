package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A base image pinned by a tag but not by a digest: a tag moves (a rebuilt {@code node:20} is
 * another image), a digest does not. Off by default: digests must be refreshed by a tool such as
 * Renovate or Dependabot, which not every team runs. Not flagged: {@code scratch}, other stages of
 * the file, references that depend on a {@code --build-arg}, and references without a tag or with
 * {@code latest}, which pin-base-image-version reports already. An ARG default is checked like a
 * literal: the digest belongs in the default.
 */
final class PinBaseImageDigest implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
              "pin-base-image-digest",
              List.of(),
              Severity.INFO,
              Domain.DOCKERFILE,
              "Base images should be pinned by digest as well as by tag")
          .offByDefault();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<String> expanded = FromArgs.expand(from, file);
    if (expanded.isEmpty()) {
      return;
    }
    String image = expanded.get();
    ImageRef ref = ImageRef.parse(image);
    if (image.equalsIgnoreCase("scratch")
        || ref.digest().isPresent()
        || !ref.valid()
        || ref.tag().isEmpty()
        || ref.tag().get().equals("latest")
        || !file.stagesNamed(image).isEmpty()) {
      return;
    }
    String via = from.image().equals(image) ? "" : " (from " + from.image() + ")";
    ctx.report(
        from,
        "'"
            + image
            + "'"
            + via
            + " is pinned by tag only, and a tag can move: pin the digest too, e.g. FROM "
            + image
            + "@sha256:<digest> (docker buildx imagetools inspect "
            + image
            + " prints it)");
  }
}
