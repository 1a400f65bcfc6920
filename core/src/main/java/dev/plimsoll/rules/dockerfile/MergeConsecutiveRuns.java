package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/**
 * Consecutive RUN instructions with the same flags, each a command or two (hadolint's DL3059):
 * every RUN is a layer, and one RUN would do. As in hadolint, a RUN that chains more than two
 * commands is a deliberate step of its own, and RUNs with different {@code --mount} or other flags
 * cannot merge. Commands are counted by their separators ({@code &&}, {@code ||}, {@code ;}, {@code
 * |}, new lines) outside quotes, until the shell model can count them exactly.
 */
final class MergeConsecutiveRuns implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "merge-consecutive-runs",
          List.of("DL3059"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "Consecutive RUN instructions should be merged into one");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage s : file.stages()) {
      Instruction previous = null;
      for (Instruction i : s.instructions()) {
        if (i instanceof Run run
            && previous instanceof Run prev
            && run.flags().equals(prev.flags())
            && commands(run) <= 2
            && commands(prev) <= 2) {
          ctx.report(run, "Multiple consecutive RUN instructions: consider merging them into one");
        }
        previous = i;
      }
    }
  }

  /** The commands of a RUN; a heredoc script counts as many. */
  static int commands(Run run) {
    if (!run.command().heredocs().isEmpty()) {
      return Integer.MAX_VALUE;
    }
    if (run.command().exec()) {
      return 1;
    }
    String script = run.command().text();
    int count = 1;
    char quote = 0;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\\') {
        i++;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ';' || c == '\n' || c == '|' || (c == '&' && next(script, i) == '&')) {
        if ((c == '|' || c == '&') && next(script, i) == c) {
          i++;
        }
        if (!script.substring(i + 1).isBlank()) {
          count++;
        }
      }
    }
    return count;
  }

  private static char next(String s, int i) {
    return i + 1 < s.length() ? s.charAt(i + 1) : 0;
  }
}
