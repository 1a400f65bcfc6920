package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Arg;
import dev.plimsoll.dockerfile.instruction.ArgDefinition;
import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * A comment right above {@code ARG name} or {@code FROM ... AS name} that does not start with the
 * name (BuildKit's InvalidDefinitionDescription, instructions/parse.go {@code
 * validateDefinitionDescription}). {@code docker buildx build --call=outline} and {@code
 * --call=targets} show {@code # name description} comments as documentation; other comments there
 * are not shown. BuildKit runs this check only when experimental checks are turned on; Plimsoll has
 * no such switch yet, so it runs at the lowest severity.
 */
final class DefinitionDescriptionFormat implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "definition-description-format",
          List.of("InvalidDefinitionDescription"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "A comment above ARG or FROM ... AS should start with the name it describes");

  /** Ignore pragmas are instructions to linters, not descriptions; BuildKit does not know them. */
  private static final Set<String> PRAGMAS = Set.of("hadolint", "plimsoll");

  @Override
  public RuleMeta meta() {
    return META;
  }

  /**
   * BuildKit's parser keeps a comment block across blank lines, but its documentation tells users
   * to separate a comment that is no description with an empty line; that fix is honoured here.
   */
  private static boolean commentRightAbove(Instruction ins, RuleContext ctx) {
    List<String> lines = ctx.dockerfile().syntax().lines();
    int above = ins.line() - 2;
    return above >= 0 && above < lines.size() && lines.get(above).strip().startsWith("#");
  }

  @Override
  public void visitArg(Arg arg, RuleContext ctx) {
    check(arg, arg.definitions().stream().map(ArgDefinition::name).toList(), ctx);
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    from.stageName().ifPresent(n -> check(from, List.of(n), ctx));
  }

  private static void check(Instruction ins, List<String> names, RuleContext ctx) {
    List<String> comments = ins.node().comments();
    if (comments.isEmpty() || names.isEmpty() || !commentRightAbove(ins, ctx)) {
      return;
    }
    String last = comments.get(comments.size() - 1);
    String first = last.split(" ", -1)[0];
    if (names.contains(first) || PRAGMAS.contains(first)) {
      return;
    }
    String example = names.size() > 1 ? "<arg_key>" : names.get(0);
    ctx.report(
        ins,
        "Comment for "
            + ins.keyword()
            + " should follow the format: `# "
            + example
            + " <description>`; if it is not a description, put an empty line between the comment"
            + " and the instruction");
  }
}
