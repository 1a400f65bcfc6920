package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.From;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * {@code FROM image as name} or {@code from image AS name}: the {@code AS} keyword in another case
 * than {@code FROM} (BuildKit's FromAsCasing, instructions/parse.go {@code
 * doesFromCaseMatchAsCase}). As in BuildKit, a {@code FROM} keyword in mixed case is left to
 * consistent-instruction-casing.
 */
final class FromAsCasing implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "from-as-casing",
          List.of("FromAsCasing"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "The AS keyword should be in the same case as FROM");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFrom(From from, RuleContext ctx) {
    List<String> args = from.node().values();
    if (args.size() < 3) {
      return;
    }
    String kw = from.node().keyword();
    String as = args.get(1);
    String wanted;
    if (kw.equals(kw.toLowerCase(Locale.ROOT))) {
      wanted = as.toLowerCase(Locale.ROOT);
    } else if (kw.equals(kw.toUpperCase(Locale.ROOT))) {
      wanted = as.toUpperCase(Locale.ROOT);
    } else {
      return;
    }
    if (!as.equals(wanted)) {
      int at = 2 + from.node().flags().size();
      ctx.report(
          from,
          "'" + as + "' and '" + kw + "' keywords' casing do not match: write " + wanted,
          InstructionEdits.word(ctx.dockerfile(), from, at, as, wanted).stream().toList());
    }
  }
}
