package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Expose;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EXPOSE of a port outside 0–65535 (hadolint's DL3011). Ports are read after variable expansion, as
 * BuildKit reads them; a word that is not a number or range (a variable set at build time) is left
 * to the build.
 */
final class ExposeValidPort implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "expose-valid-port",
          List.of("DL3011"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "Valid UNIX ports range from 0 to 65535");

  /** {@code port[-port][/protocol]}, the form docker/go-connections' nat.ParsePortSpec reads. */
  private static final Pattern PORT = Pattern.compile("(\\d+)(?:-(\\d+))?(?:/\\w*)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitExpose(Expose expose, RuleContext ctx) {
    for (String word : expose.ports()) {
      Optional<String> value = KnownValue.of(ctx.dockerfile(), expose, word);
      if (value.isEmpty()) {
        continue;
      }
      Matcher m = PORT.matcher(value.get());
      if (m.matches() && (tooBig(m.group(1)) || (m.group(2) != null && tooBig(m.group(2))))) {
        ctx.report(
            expose,
            "Port " + value.get() + " is out of range: valid UNIX ports range from 0 to 65535");
      }
    }
  }

  private static boolean tooBig(String digits) {
    return digits.length() > 5 || Integer.parseInt(digits) > 65535;
  }
}
