package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code FROM --platform} with a fixed platform (hadolint's DL3029): the image then builds for that
 * platform only, whatever {@code --platform} the build asks for. As in hadolint since 2.x, a value
 * that uses a variable ({@code $BUILDPLATFORM} for cross-compiling stages, {@code $TARGETPLATFORM})
 * is the intended use and is left alone.
 */
final class FromWithoutPlatform implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-without-platform",
          List.of("DL3029"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "FROM should not pin a fixed --platform");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Optional<String> platform = from.flags().value("platform");
    if (platform.isPresent() && !platform.get().isEmpty() && !platform.get().contains("$")) {
      ctx.report(
          from,
          "Do not use --platform="
              + platform.get()
              + " with FROM: the image builds for that platform only; use $BUILDPLATFORM or"
              + " $TARGETPLATFORM, or the build's --platform");
    }
  }
}
