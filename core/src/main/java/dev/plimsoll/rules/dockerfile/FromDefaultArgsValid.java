package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A FROM whose variables, with the global ARGs' defaults and no {@code --build-arg}, make an empty
 * or invalid image reference (BuildKit's InvalidDefaultArgInFrom, convert.go {@code
 * validateBaseImagesWithDefaultArgs}): {@code ARG TAG} then {@code FROM alpine:$TAG} builds only
 * when every caller passes {@code --build-arg TAG=...}. Unlike BuildKit, a FROM without variables
 * is left alone: an invalid literal reference fails every build, with its own error.
 */
final class FromDefaultArgsValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-default-args-valid",
          List.of("InvalidDefaultArgInFrom"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Global ARGs used in FROM should have defaults that make a valid image reference");

  private static final Pattern DIGEST =
      Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    ExpansionResult r;
    try {
      r = file.expand(from.image(), from);
    } catch (ExpansionException e) {
      return;
    }
    if (r.used().isEmpty() && r.unmatched().isEmpty()) {
      return;
    }
    if (!valid(r.value())) {
      ctx.report(
          from,
          "Default value for ARG "
              + from.image()
              + " results in empty or invalid base image name"
              + (r.value().isEmpty() ? "" : " '" + r.value() + "'")
              + ": give the ARG a default that names an image");
    }
  }

  /** distribution/reference's {@code ParseNormalizedNamed} accepts it. */
  static boolean valid(String image) {
    if (image.isEmpty()) {
      return false;
    }
    ImageRef ref = ImageRef.parse(image);
    return ref.valid() && ref.digest().map(d -> DIGEST.matcher(d).matches()).orElse(true);
  }
}
