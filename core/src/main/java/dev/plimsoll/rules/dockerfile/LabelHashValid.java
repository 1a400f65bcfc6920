package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** A label the schema types {@code hash} that holds no git commit hash (hadolint's DL3055). */
final class LabelHashValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-hash-valid",
          List.of("DL3055"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed hash in the label schema should hold a git commit hash");

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{7,40}|[0-9a-f]{64}");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "hash", LabelHashValid::valid, "a git commit hash");
  }

  /**
   * Lower-case hex, 7 to 40 digits (a short or full SHA-1 name; git lengthens short names as a
   * repository grows, where hadolint takes exactly 7 or 40) or 64 (SHA-256 repositories).
   */
  static boolean valid(String value) {
    return HASH.matcher(value).matches();
  }
}
