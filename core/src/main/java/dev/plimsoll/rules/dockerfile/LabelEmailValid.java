package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** A label the schema types {@code email} that holds no email address (hadolint's DL3058). */
final class LabelEmailValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-email-valid",
          List.of("DL3058"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed email in the label schema should hold an email address");

  /** RFC 5322 addr-spec, dot-atom form: what an image label holds in practice. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "email", LabelEmailValid::valid, "an email address");
  }

  static boolean valid(String value) {
    return EMAIL.matcher(value).matches();
  }
}
