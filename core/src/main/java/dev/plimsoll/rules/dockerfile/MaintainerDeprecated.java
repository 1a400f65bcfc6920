package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Maintainer;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * MAINTAINER is deprecated in favour of a label (hadolint's DL4000, BuildKit's
 * MaintainerDeprecated).
 */
final class MaintainerDeprecated implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "maintainer-deprecated",
          List.of("DL4000", "MaintainerDeprecated"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitMaintainer(Maintainer maintainer, RuleContext ctx) {
    ctx.report(
        maintainer,
        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\""
            + maintainer.maintainer().replace("\"", "\\\"")
            + "\" instead");
  }
}
