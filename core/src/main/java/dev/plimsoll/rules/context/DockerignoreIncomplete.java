package dev.plimsoll.rules.context;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import dev.plimsoll.rules.dockerfile.DockerfileRule;
import dev.plimsoll.rules.dockerfile.RuleContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build context has an ignore file, yet a COPY or ADD sends what it should exclude: VCS data,
 * installed dependencies, build output, IDE settings, local secrets. Names the lines to add.
 */
final class DockerignoreIncomplete implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "dockerignore-incomplete",
          List.of(),
          Severity.WARNING,
          Domain.CONTEXT,
          ".dockerignore should exclude VCS data, dependencies, build output and secrets that"
              + " COPY would send");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Optional<BuildContext> context = ctx.buildContext();
    if (context.isEmpty() || context.get().ignoreFile().isEmpty()) {
      return;
    }
    Path ignore = Path.of(context.get().ignoreFile().get()).getFileName();
    UnwantedSent.find(file, context.get())
        .ifPresent(
            u ->
                ctx.report(
                    u.at(),
                    u.at().keyword()
                        + " sends "
                        + u.described()
                        + ", which "
                        + ignore
                        + " does not exclude: add "
                        + u.patterns()
                        + " to "
                        + ignore));
  }
}
