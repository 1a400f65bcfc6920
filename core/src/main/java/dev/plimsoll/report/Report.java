package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.RuleMeta;
import java.util.List;
import java.util.Map;

/**
 * What a report writer writes: the findings of one run, the rules that could have produced them
 * (for SARIF's rule table and help links), and the source text of each file (for the excerpt under
 * each finding in {@code tty}).
 *
 * @param tool always {@code plimsoll}
 * @param version Plimsoll's version
 * @param findings sorted by {@link Finding#ORDER}
 * @param rules the metadata of every rule that ran
 * @param files every file that was checked, in the order given, including those with no finding
 *     (JUnit reports a passing test case for each)
 * @param sources file name to its lines, for excerpts; may lack a file
 */
public record Report(
    String tool,
    String version,
    List<Finding> findings,
    List<RuleMeta> rules,
    List<String> files,
    Map<String, List<String>> sources) {

  public Report {
    findings = List.copyOf(findings);
    rules = List.copyOf(rules);
    files = List.copyOf(files);
    sources = Map.copyOf(sources);
  }
}
