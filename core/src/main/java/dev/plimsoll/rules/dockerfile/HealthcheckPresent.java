package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Healthcheck;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stage without a HEALTHCHECK (hadolint's DL3057), reported at its FROM. Off by default, as in
 * hadolint: orchestrators such as Kubernetes ignore HEALTHCHECK and probe on their own. A stage
 * built FROM a stage with a HEALTHCHECK inherits it; a stage that a later {@code COPY --from} reads
 * is a build step and is left alone, where hadolint reports it too.
 */
final class HealthcheckPresent implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
              "healthcheck-present",
              List.of("DL3057"),
              Severity.INFO,
              Domain.DOCKERFILE,
              "An image should declare a HEALTHCHECK")
          .offByDefault();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Set<Integer> copied = CopiedStages.of(file);
    for (Stage s : file.stages()) {
      if (!copied.contains(s.index()) && !hasHealthcheck(file, Optional.of(s))) {
        ctx.report(s.from(), "HEALTHCHECK instruction missing in stage " + s.label());
      }
    }
  }

  private static boolean hasHealthcheck(Dockerfile file, Optional<Stage> stage) {
    return stage.isPresent()
        && (!stage.get().all(Healthcheck.class).isEmpty()
            || hasHealthcheck(file, file.stage(stage.get().from().image(), stage.get().index())));
  }
}
