package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Copy;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * {@code COPY --from=stage / /} (hadolint's DL3067): copying a whole file system brings the other
 * stage's package databases, caches and tools along, and hides what the image needs.
 */
final class CopyFromStageNotRoot implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "copy-from-stage-not-root",
          List.of("DL3067"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Do not copy an entire file system from another stage");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitCopy(Copy copy, RuleContext ctx) {
    if (copy.from().isPresent()
        && KnownValue.unquote(copy.destination()).equals("/")
        && copy.sources().stream().map(KnownValue::unquote).anyMatch("/"::equals)) {
      ctx.report(
          copy,
          "COPY --from="
              + copy.from().get()
              + " / / copies an entire file system: copy only the files the image needs");
    }
  }
}
