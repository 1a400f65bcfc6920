package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where findings are, in the forms report formats want. */
final class Locations {

  private Locations() {}

  /**
   * The file as a {@code /}-separated path without a leading {@code ./}: CI systems match it
   * against paths in the repository.
   */
  static String slashed(String file) {
    String path = file.replace('\\', '/');
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return path;
  }

  /**
   * The file as a URI reference (RFC 3986), as SARIF's {@code artifactLocation.uri} wants it:
   * relative paths stay relative, with spaces and the like percent-encoded; absolute paths become
   * {@code file:} URIs.
   */
  static String uri(String file) {
    String path = slashed(file);
    try {
      if (path.startsWith("/")) {
        return new URI("file", "", path, null).toASCIIString();
      }
      // A colon in the first segment would read as a scheme (RFC 3986 §4.2).
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      String safe = first.contains(":") ? "./" + path : path;
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of file name " + file, e);
    }
  }

  /** True when the file name is absolute, so SARIF must not resolve it against the source root. */
  static boolean absolute(String file) {
    return slashed(file).startsWith("/");
  }

  /** The source lines of the finding's instruction, empty when the report lacks them. */
  static List<String> instruction(Report report, Finding finding) {
    List<String> lines = report.sources().getOrDefault(finding.file(), List.of());
    int from = Math.max(finding.line(), 1) - 1;
    int to = Math.min(Math.max(finding.endLine(), finding.line()), lines.size());
    return from < to ? lines.subList(from, to) : List.of();
  }

  /** Every checked file: those the report lists, in order, then any other a finding names. */
  static Set<String> files(Report report) {
    Set<String> files = new LinkedHashSet<>(report.files());
    for (Finding finding : report.findings()) {
      files.add(finding.file());
    }
    return files;
  }

  /** The findings of each checked file, files in {@link #files} order, findings in report order. */
  static Map<String, List<Finding>> byFile(Report report) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (String file : files(report)) {
      byFile.put(file, new ArrayList<>());
    }
    for (Finding finding : report.findings()) {
      byFile.get(finding.file()).add(finding);
    }
    return byFile;
  }
}
