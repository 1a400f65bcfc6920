package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code COPY --from} naming the stage it sits in (hadolint's DL3023): a stage cannot copy from
 * itself, and BuildKit fails with a circular dependency. Names compare in any case, as BuildKit
 * compares them; an index names the stage too.
 */
final class CopyFromOtherStage implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-from-other-stage",
          List.of("DL3023"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "COPY --from cannot reference its own stage");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    Dockerfile file = ctx.dockerfile();
    Optional<Stage> own = file.stageOf(copy);
    Optional<String> from =
        copy.from().flatMap(f -> KnownValue.of(file, copy, f)).map(KnownValue::unquote);
    if (own.isPresent() && from.isPresent() && own.get().answersTo(from.get())) {
      ctx.report(
          copy,
          "COPY --from="
              + from.get()
              + " references its own stage: a stage cannot copy from itself");
    }
  }
}
