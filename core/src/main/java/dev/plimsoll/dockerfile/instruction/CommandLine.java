package dev.plimsoll.dockerfile.instruction;

import dev.plimsoll.dockerfile.syntax.Heredoc;
import java.util.List;

/**
 * The command of a RUN, CMD, ENTRYPOINT or HEALTHCHECK.
 *
 * @param exec true for exec (JSON) form; false for shell form, which BuildKit runs through the
 *     stage's SHELL
 * @param args the JSON elements in exec form; one string, the whole script, in shell form
 * @param heredocs heredoc bodies attached to the instruction (RUN only)
 */
public record CommandLine(boolean exec, List<String> args, List<Heredoc> heredocs) {
  public CommandLine {
    args = List.copyOf(args);
    heredocs = List.copyOf(heredocs);
  }

  /** The shell-form script, or the exec-form arguments joined by spaces. */
  public String text() {
    return String.join(" ", args);
  }
}
