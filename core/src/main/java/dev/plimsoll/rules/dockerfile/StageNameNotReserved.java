package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * A stage named {@code scratch} or {@code context} (hadolint's DL3063): {@code FROM scratch} means
 * the empty image and {@code context} names the build context in {@code --from} and {@code
 * --mount}, so a stage of that name is confusing at best.
 */
final class StageNameNotReserved implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "stage-name-not-reserved",
          List.of("DL3063"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Stage names should not be reserved words");

  private static final List<String> RESERVED = List.of("scratch", "context");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    from.stageName()
        .filter(n -> RESERVED.contains(n.toLowerCase(Locale.ROOT)))
        .ifPresent(
            n -> ctx.report(from, "Stage name '" + n + "' is a reserved word; choose another"));
  }
}
