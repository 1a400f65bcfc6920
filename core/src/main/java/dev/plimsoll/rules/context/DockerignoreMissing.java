package dev.plimsoll.rules.context;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The build context has no {@code .dockerignore} (nor {@code <Dockerfile>.dockerignore}) and a COPY
 * or ADD sends what should stay out: VCS data, installed dependencies, build output, IDE settings,
 * local secrets. Reported once, on the first instruction that sends any of it.
 */
final class DockerignoreMissing implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "dockerignore-missing",
          List.of(),
          Severity.WARNING,
          Domain.CONTEXT,
          "A build context that holds VCS data, dependencies, build output or secrets needs a"
              + " .dockerignore");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Optional<BuildContext> context = ctx.buildContext();
    if (context.isEmpty() || context.get().ignoreFile().isPresent()) {
      return;
    }
    UnwantedSent.find(file, context.get())
        .ifPresent(
            u ->
                ctx.report(
                    u.at(),
                    "no .dockerignore, so "
                        + u.at().keyword()
                        + " sends "
                        + u.described()
                        + " to the builder: create .dockerignore with "
                        + u.patterns()));
  }
}
