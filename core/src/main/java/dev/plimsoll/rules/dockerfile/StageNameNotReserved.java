package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * A stage named {@code scratch} or {@code context} (BuildKit's ReservedStageName, convert.go {@code
 * validateStageNames}). {@code FROM scratch} and {@code COPY --from=context} mean something of
 * their own, so a stage of that name is either unreachable or shadows it. Compared in lower case,
 * as BuildKit keeps stage names.
 */
final class StageNameNotReserved implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "stage-name-not-reserved",
          List.of("ReservedStageName", "DL3063"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Stages should not be named scratch or context");

  private static final Set<String> RESERVED = Set.of("context", "scratch");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage s : file.stages()) {
      if (s.name().filter(RESERVED::contains).isPresent()) {
        ctx.report(
            s.from(),
            "Stage name should not use the same name as reserved stage \""
                + s.name().get()
                + "\": rename the stage");
      }
    }
  }
}
