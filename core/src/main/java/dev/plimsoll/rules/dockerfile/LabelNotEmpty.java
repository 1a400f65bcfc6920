package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A label of the configured schema set to nothing (hadolint's DL3051), e.g. {@code LABEL
 * version=""}, or a variable that the file leaves empty. A value a build argument decides is left
 * alone.
 */
final class LabelNotEmpty implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-not-empty",
          List.of("DL3051"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels of the label schema should not be empty");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    for (KeyValue kv : label.pairs()) {
      String key = KnownValue.unquote(kv.key());
      Optional<String> value = KnownValue.of(ctx.dockerfile(), label, kv.value());
      if (ctx.config().labelSchema().containsKey(key)
          && value.isPresent()
          && value.get().isBlank()) {
        ctx.report(label, "Label `" + key + "` is empty");
      }
    }
  }
}
