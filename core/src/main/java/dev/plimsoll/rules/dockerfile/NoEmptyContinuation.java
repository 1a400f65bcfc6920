package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A blank line inside a continued instruction (BuildKit's NoEmptyContinuation). BuildKit's parser
 * skips such lines with a warning, once per instruction, and has announced that they will become
 * errors (moby/moby#33719). Comment lines inside a continuation are fine.
 */
final class NoEmptyContinuation implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "no-empty-continuation",
          List.of("NoEmptyContinuation"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A continued instruction should not contain empty lines");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    List<Integer> empty = file.syntax().emptyContinuationLines();
    if (empty.isEmpty()) {
      return;
    }
    for (Instruction i : file.instructions()) {
      List<Integer> inside = empty.stream().filter(l -> l > i.line() && l <= i.endLine()).toList();
      if (!inside.isEmpty()) {
        ctx.report(
            i,
            "Empty continuation line"
                + (inside.size() > 1 ? "s " : " ")
                + inside.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ": delete "
                + (inside.size() > 1 ? "them" : "it")
                + ", or make it a comment");
      }
    }
  }
}
