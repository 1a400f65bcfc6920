package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Label;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** A label the schema types {@code url} that holds no absolute URL (hadolint's DL3052). */
final class LabelUrlValid implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "label-url-valid",
          List.of("DL3052"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "Labels typed url in the label schema should hold a valid URL");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitLabel(Label label, RuleContext ctx) {
    SchemaLabels.check(label, ctx, "url", LabelUrlValid::valid, "a valid URL");
  }

  /** An absolute URI (RFC 3986), as hadolint's Network.URI.parseURI requires. */
  static boolean valid(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
