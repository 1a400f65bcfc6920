package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.IgnorePragma;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * An inline ignore pragma hides a finding where nobody reviews it (hadolint's DL1001). Off by
 * default, as in hadolint: a team that wants every exception in the configuration file turns it on
 * by giving it a severity. Global pragmas are left alone, as hadolint leaves them.
 */
final class NoInlineIgnorePragma implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
              "no-inline-ignore-pragma",
              List.of("DL1001"),
              Severity.INFO,
              Domain.DOCKERFILE,
              "Inline ignore pragmas hide findings; list exceptions in the configuration file")
          .offByDefault();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visit(Instruction instruction, RuleContext ctx) {
    for (String comment : instruction.node().comments()) {
      IgnorePragma.parse(comment)
          .filter(p -> !p.global())
          .ifPresent(
              p ->
                  ctx.report(
                      instruction,
                      "Inline ignore pragma for "
                          + String.join(", ", p.names())
                          + ": please refrain from inline ignore pragmas and configure"
                          + " exceptions in .plimsoll.yaml or .hadolint.yaml"));
    }
  }
}
