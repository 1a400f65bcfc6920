package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A label the schema types {@code semver} that holds no semantic version 2.0.0 (hadolint's DL3056).
 */
final class LabelVersionValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-version-valid",
          List.of("DL3056"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed semver in the label schema should hold a semantic version");

  /** The regular expression semver.org 2.0.0 suggests. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "semver", LabelVersionValid::valid, "a semantic version");
  }

  static boolean valid(String value) {
    return SEMVER.matcher(value).matches();
  }
}
