package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.ExpansionException;
import dev.plimsoll.dockerfile.instruction.ExpansionResult;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code FROM --platform=$TARGETPLATFORM}: the default, written out (BuildKit's
 * RedundantTargetPlatform, convert.go {@code reportRedundantTargetPlatform}). As in BuildKit, it
 * fires when {@code TARGETPLATFORM} is the only variable in the value and the value is exactly the
 * target platform.
 */
final class FromPlatformNotRedundant implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-platform-not-redundant",
          List.of("RedundantTargetPlatform", "DL3065"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "FROM --platform=$TARGETPLATFORM is the default and can be left out");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    Optional<String> platform = from.flags().value("platform");
    if (platform.isEmpty()) {
      return;
    }
    Dockerfile file = ctx.dockerfile();
    ExpansionResult r;
    try {
      r = file.expand(platform.get(), from);
    } catch (ExpansionException e) {
      return;
    }
    Optional<String> target = file.variablesAt(from).get("TARGETPLATFORM");
    if (r.used().equals(Set.of("TARGETPLATFORM"))
        && r.unmatched().isEmpty()
        && target.filter(r.value()::equals).isPresent()) {
      ctx.report(
          from,
          "Setting platform to predefined "
              + platform.get()
              + " in FROM is redundant as this is the default behavior: remove --platform");
    }
  }
}
