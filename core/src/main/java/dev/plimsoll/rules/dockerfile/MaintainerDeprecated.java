package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Maintainer;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Edit;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * MAINTAINER is deprecated in favour of a label (hadolint's DL4000, BuildKit's
 * MaintainerDeprecated).
 */
final class MaintainerDeprecated implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "maintainer-deprecated",
          List.of("DL4000", "MaintainerDeprecated"),
          Severity.ERROR,
          Domain.DOCKERFILE,
          "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitMaintainer(Maintainer maintainer, RuleContext ctx) {
    ctx.report(
        maintainer,
        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\""
            + maintainer.maintainer().replace("\"", "\\\"")
            + "\" instead",
        fix(maintainer, ctx));
  }

  /**
   * {@code LABEL org.opencontainers.image.authors="..."} in place of the instruction, the value
   * double-quoted with the file's escape character before what double quotes would still read.
   */
  private static List<Edit> fix(Maintainer maintainer, RuleContext ctx) {
    String e = String.valueOf(ctx.dockerfile().syntax().escape());
    StringBuilder value = new StringBuilder();
    for (char c : maintainer.maintainer().toCharArray()) {
      String s = String.valueOf(c);
      value.append(s.equals(e) || c == '"' || c == '$' ? e + s : s);
    }
    Optional<Edit> keyword =
        InstructionEdits.keyword(
            ctx.dockerfile(),
            maintainer,
            InstructionEdits.caseOf(maintainer.node().keyword(), "LABEL"));
    Optional<Edit> label =
        InstructionEdits.arguments(
            ctx.dockerfile(),
            maintainer,
            maintainer.maintainer(),
            "org.opencontainers.image.authors=\"" + value + "\"");
    return keyword.isPresent() && label.isPresent()
        ? List.of(keyword.get(), label.get())
        : List.of();
  }
}
