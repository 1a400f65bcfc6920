package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * {@code EXPOSE 80/TCP}: a protocol not in lower case (BuildKit's ExposeProtoCasing, {@code
 * parsePort} in convert_expose.go). BuildKit lower-cases it, so the image is the same either way.
 */
final class ExposeProtocolLowercase implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "expose-protocol-lowercase",
          List.of("ExposeProtoCasing"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "The protocol in EXPOSE should be lower case");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitExpose(Expose expose, RuleContext ctx) {
    for (ExposePort p : ExposePort.of(expose, ctx.dockerfile())) {
      String lower = p.protocol().toLowerCase(Locale.ROOT);
      if (!p.protocol().equals(lower)) {
        ctx.report(
            expose,
            "Defined protocol '"
                + p.raw()
                + "' in EXPOSE instruction should be lowercase: write '"
                + p.raw().substring(0, p.raw().length() - lower.length())
                + lower
                + "'");
      }
    }
  }
}
