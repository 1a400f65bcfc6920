package dev.plimsoll.rules;

import dev.plimsoll.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /**
   * {@link #exitCode(FailOn)} with each file's own threshold: the configuration's, or that of the
   * {@code overrides} entries that match the file.
   */
  public int exitCode(LintConfig config) {
    if (!errors.isEmpty()) {
      return 2;
    }
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : findings) {
      byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      if (config.forFile(e.getKey()).effectiveFailOn().fails(e.getValue())) {
        return 1;
      }
    }
    return 0;
  }
}
