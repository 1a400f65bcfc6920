package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stage without a label that the configured schema lists (hadolint's DL3049), reported at its
 * FROM. A stage inherits the labels of the stage it is built FROM. As in hadolint, a stage that a
 * later {@code COPY --from} reads is a build step, not an image anyone runs, and needs no labels.
 */
final class LabelRequired implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-required",
          List.of("DL3049"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "Every label of the label schema should be set");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    if (ctx.config().labelSchema().isEmpty()) {
      return;
    }
    Set<Integer> copied = CopiedStages.of(file);
    List<String> keys = ctx.config().labelSchema().keySet().stream().sorted().toList();
    for (Stage s : file.stages()) {
      if (copied.contains(s.index())) {
        continue;
      }
      for (String key : keys) {
        if (!hasLabel(file, Optional.of(s), key)) {
          ctx.report(s.from(), "Label `" + key + "` is missing in stage " + s.label());
        }
      }
    }
  }

  private static boolean hasLabel(Dockerfile file, Optional<Stage> stage, String key) {
    if (stage.isEmpty()) {
      return false;
    }
    for (Label l : stage.get().all(Label.class)) {
      for (KeyValue kv : l.pairs()) {
        if (KnownValue.unquote(kv.key()).equals(key)) {
          return true;
        }
      }
    }
    Stage s = stage.get();
    return hasLabel(file, file.stage(s.from().image(), s.index()), key);
  }
}
