package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * Keywords should share one casing (BuildKit's ConsistentInstructionCasing). As in BuildKit, the
 * majority of the keywords that are all upper or all lower case decides, upper case on a tie, and a
 * keyword in mixed case ({@code Run}) is always reported. Unlike BuildKit, ARGs before the first
 * FROM count too: they are keywords of the same file.
 */
final class ConsistentInstructionCasing implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "consistent-instruction-casing",
          List.of("ConsistentInstructionCasing"),
          Severity.STYLE,
          Domain.DOCKERFILE,
          "Instruction keywords should all be upper case, or all lower case");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    int lower = 0;
    int upper = 0;
    for (Instruction i : file.instructions()) {
      String kw = i.node().keyword();
      if (kw.equals(kw.toLowerCase(Locale.ROOT))) {
        lower++;
      } else if (kw.equals(kw.toUpperCase(Locale.ROOT))) {
        upper++;
      }
    }
    boolean majorityLower = lower > upper;
    for (Instruction i : file.instructions()) {
      String kw = i.node().keyword();
      String wanted = majorityLower ? kw.toLowerCase(Locale.ROOT) : kw.toUpperCase(Locale.ROOT);
      if (!kw.equals(wanted)) {
        ctx.report(
            i,
            "Command '"
                + kw
                + "' should match the case of the command majority ("
                + (majorityLower ? "lowercase" : "uppercase")
                + "): write "
                + wanted,
            InstructionEdits.keyword(file, i, wanted).stream().toList());
      }
    }
  }
}
