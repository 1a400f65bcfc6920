package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.util.List;

/**
 * A cheap text test before asking for a RUN's parsed script: the engine parses a script only when a
 * rule asks, and rules that compare RUNs across a stage would otherwise ask for every one. The same
 * test {@link RunScriptRule#programs()} applies.
 */
final class RunMentions {
  private RunMentions() {}

  /** True when the RUN's text or one of its heredocs contains any of {@code words}. */
  static boolean any(Run run, List<String> words) {
    for (String word : words) {
      if (run.command().text().contains(word)) {
        return true;
      }
      for (Heredoc heredoc : run.command().heredocs()) {
        if (heredoc.content().contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
