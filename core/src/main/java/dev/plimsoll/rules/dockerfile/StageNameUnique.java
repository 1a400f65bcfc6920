package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two stages of one name make {@code COPY --from} and {@code --target} ambiguous (hadolint's
 * DL3024, BuildKit's DuplicateStageName). Names compare without case, as BuildKit compares them.
 */
final class StageNameUnique implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "stage-name-unique",
          List.of("DL3024", "DuplicateStageName"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Stage names (FROM ... AS name) should be unique");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    Set<String> seen = new HashSet<>();
    for (Stage s : file.stages()) {
      if (s.name().isPresent() && !seen.add(s.name().get())) {
        ctx.report(
            s.from(),
            "Duplicate stage name \""
                + s.from().stageName().orElse(s.name().get())
                + "\", stage names should be unique");
      }
    }
  }
}
