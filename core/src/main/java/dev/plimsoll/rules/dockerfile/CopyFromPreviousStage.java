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
 * {@code COPY --from=x} where x is no earlier stage (hadolint's DL3022): BuildKit then pulls an
 * image called x, which is rarely what was meant (a typo, or a stage defined later). Stages count
 * by name (in any case, as BuildKit compares them) or by index; a value with a tag or digest
 * ({@code nginx:1.25}, {@code image@sha256:...}) names an image on purpose and is left alone, as in
 * hadolint. The copy's own stage is {@code copy-from-other-stage}'s business.
 */
final class CopyFromPreviousStage implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-from-previous-stage",
          List.of("DL3022"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "COPY --from should reference a previously defined stage");

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
    if (own.isEmpty() || from.isEmpty() || from.get().contains(":")) {
      return;
    }
    String ref = from.get();
    if (own.get().answersTo(ref) || file.stage(ref, own.get().index()).isPresent()) {
      return;
    }
    boolean later = file.stages().stream().anyMatch(s -> s.answersTo(ref));
    ctx.report(
        copy,
        "COPY --from="
            + ref
            + (later
                ? " names a stage defined later: BuildKit will pull an image of that name instead"
                : " does not name a previous stage: define it with FROM ... AS "
                    + ref
                    + ", or give the image a tag"));
  }
}
