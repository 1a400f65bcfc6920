package dev.plimsoll.rules;

import java.util.Comparator;
import java.util.List;

/**
 * One thing a rule found, where it found it. Lines are 1-based and span the whole instruction.
 *
 * @param rule the rule's name
 * @param aliases the rule's aliases
 * @param severity the severity after configuration overrides
 * @param message what is wrong and what to do, one line
 * @param file the file as the user named it
 * @param line first line of the instruction
 * @param column 1-based column, 1 when the finding is about a whole instruction
 * @param endLine last line of the instruction, continuation lines included
 */
public record Finding(
    String rule,
    List<String> aliases,
    Severity severity,
    String message,
    String file,
    int line,
    int column,
    int endLine) {

  /** The order of the spec: by file, then line, then rule. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::message);

  public Finding {
    aliases = List.copyOf(aliases);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, aliases, newSeverity, message, file, line, column, endLine);
  }
}
