package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.KeyValue;
import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A label key outside Docker's guidelines for object labels (hadolint's DL3048): lower-case
 * letters, digits, dots and dashes, starting with a letter and ending with a letter or digit, no
 * {@code ..} or {@code --}, and not in the namespaces Docker reserves ({@code com.docker.}, {@code
 * io.docker.}, {@code org.dockerproject.}). Keys that use variables are left alone.
 */
final class LabelKeyValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-key-valid",
          List.of("DL3048"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "Label keys should follow Docker's key format");

  private static final Pattern KEY = Pattern.compile("[a-z](?:[a-z0-9.-]*[a-z0-9])?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    for (KeyValue kv : label.pairs()) {
      String key = KnownValue.unquote(kv.key());
      if (!key.contains("$") && !valid(key)) {
        ctx.report(
            label,
            "Invalid label key '"
                + key
                + "': use lower-case letters, digits, '.' and '-' (reverse-DNS, e.g."
                + " org.opencontainers.image.title)");
      }
    }
  }

  private static boolean valid(String key) {
    return KEY.matcher(key).matches()
        && !key.contains("..")
        && !key.contains("--")
        && !key.startsWith("com.docker.")
        && !key.startsWith("io.docker.")
        && !key.startsWith("org.dockerproject.");
  }
}
