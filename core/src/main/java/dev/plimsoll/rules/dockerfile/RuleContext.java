package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.shell.ShellScript;

/**
 * What a rule sees besides the instruction in hand, and how it reports. The engine turns a report
 * into a finding spanning the instruction's lines, then applies severity overrides and suppression.
 */
public interface RuleContext {
  /** The file being linted: stages, variable scopes, source lines. */
  Dockerfile dockerfile();

  /**
   * The RUN's script, parsed once per file and shared by every rule (the engine keeps it; this
   * default parses it each time).
   */
  default ShellScript script(Run run) {
    return ShellScript.of(run, dockerfile());
  }

  /** Reports that {@code at} breaks the rule; {@code message} says what is wrong, on one line. */
  void report(Instruction at, String message);
}
