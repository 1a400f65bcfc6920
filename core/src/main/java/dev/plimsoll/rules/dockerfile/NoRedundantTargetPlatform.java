package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code FROM --platform=$TARGETPLATFORM} (hadolint's DL3065): a stage builds for the target
 * platform anyway, so the flag says nothing and suggests a cross-compiling pattern that is not
 * there.
 */
final class NoRedundantTargetPlatform implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-redundant-target-platform",
          List.of("DL3065"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "FROM --platform=$TARGETPLATFORM is redundant");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Optional<String> p = from.flags().value("platform").map(KnownValue::unquote);
    if (p.isPresent()
        && (p.get().equals("$TARGETPLATFORM") || p.get().equals("${TARGETPLATFORM}"))) {
      ctx.report(
          from,
          "Setting FROM --platform to $TARGETPLATFORM is redundant: it is the default; drop the"
              + " flag");
    }
  }
}
