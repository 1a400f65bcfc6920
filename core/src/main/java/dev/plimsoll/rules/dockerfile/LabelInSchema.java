package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * With {@code strictLabels}, a label the configured schema does not list (hadolint's DL3050).
 * Strict labels without a schema make every label a finding, as in hadolint.
 */
final class LabelInSchema implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-in-schema",
          List.of("DL3050"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "With strict labels, only labels of the label schema may be set");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    if (!ctx.config().strictLabels()) {
      return;
    }
    List<String> extra =
        label.pairs().stream()
            .map(KeyValue::key)
            .map(KnownValue::unquote)
            .filter(k -> !ctx.config().labelSchema().containsKey(k))
            .toList();
    if (!extra.isEmpty()) {
      ctx.report(
          label,
          "Superfluous label(s) present: "
              + String.join(", ", extra)
              + " (not in the label schema, and strict labels are on)");
    }
  }
}
