package dev.plimsoll.rules;

import dev.plimsoll.BadInputException;
import java.util.List;
import java.util.Map;

/**
 * What one lint run found.
 *
 * @param findings every finding, sorted by {@link Finding#ORDER}
 * @param files every file that was read and checked, in the order given (a file with a syntax error
 *     included, an unreadable one not)
 * @param sources each checked file's lines, for excerpts in reports
 * @param errors the files that could not be read as text at all, one error each, in the order given
 * @param rules the metadata of every rule that ran, and of every ShellCheck code found
 * @param warnings what the user should hear about that is not a finding, one line each, e.g. that
 *     ShellCheck is not installed
 */
public record LintResult(
    List<Finding> findings,
    List<String> files,
    Map<String, List<String>> sources,
    List<BadInputException> errors,
    List<RuleMeta> rules,
    List<String> warnings) {

  public LintResult {
    findings = List.copyOf(findings);
    files = List.copyOf(files);
    sources = Map.copyOf(sources);
    errors = List.copyOf(errors);
    rules = List.copyOf(rules);
    warnings = List.copyOf(warnings);
  }

  /**
   * The exit code of the command-line contract: 2 when a file could not be read, else 1 when a
   * finding is at or above {@code failOn}, else 0.
   */
  public int exitCode(FailOn failOn) {
    if (!errors.isEmpty()) {
      return 2;
    }
    return failOn.fails(findings) ? 1 : 0;
  }
}
