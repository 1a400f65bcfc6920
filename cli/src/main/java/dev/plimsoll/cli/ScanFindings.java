package dev.plimsoll.cli;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan's vulnerabilities and secrets as findings, for {@code --fail-on} and the report writers
 * (sarif, checkstyle, gitlab, junit). Severities map as trivy's SARIF output maps them: critical
 * and high are errors, medium a warning, low and unknown notes (info).
 */
final class ScanFindings {
  /** docs/secrets.md's table of detectors, as published. */
  static final String SECRETS_PAGE = "https://plimsoll.dev/docs/secrets#detectors";

  private ScanFindings() {}

  static Severity of(dev.plimsoll.vulnerability.severity.Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> Severity.ERROR;
      case MEDIUM -> Severity.WARNING;
      case LOW, UNKNOWN -> Severity.INFO;
    };
  }

  static Severity of(dev.plimsoll.secrets.SecretSeverity s) {
    return switch (s) {
      case CRITICAL, HIGH -> Severity.ERROR;
      case MEDIUM -> Severity.WARNING;
      case LOW -> Severity.INFO;
    };
  }

  /** Sorted as the contract sorts findings. */
  static List<Finding> findings(ScanResult r) {
    List<Finding> out = new ArrayList<>();
    for (VulnerabilityMatch m : r.vulnerabilities()) {
      out.add(
          new Finding(m.id(), m.aliases(), of(m.severity()), message(m), m.pkg().path(), 1, 1, 1));
    }
    for (SecretFinding s : r.secrets()) {
      out.add(
          new Finding(
              s.detector(),
              List.of(),
              of(s.severity()),
              s.title() + " " + s.excerpt() + layer(s),
              s.path(),
              s.line(),
              s.column(),
              s.line()));
    }
    out.sort(Finding.ORDER);
    return out;
  }

  /** One rule per advisory and secret detector, for SARIF's rule table. */
  static List<RuleMeta> rules(ScanResult r) {
    Map<String, RuleMeta> rules = new LinkedHashMap<>();
    for (VulnerabilityMatch m : r.vulnerabilities()) {
      rules.putIfAbsent(
          m.id(),
          new RuleMeta(m.id(), m.aliases(), of(m.severity()), Domain.IMAGE, summary(m))
              .withHelpUri(m.page()));
    }
    for (SecretFinding s : r.secrets()) {
      rules.putIfAbsent(
          s.detector(),
          new RuleMeta(s.detector(), List.of(), of(s.severity()), Domain.IMAGE, s.title())
              .withHelpUri(SECRETS_PAGE));
    }
    return List.copyOf(rules.values());
  }

  static String message(VulnerabilityMatch m) {
    return m.pkg().name()
        + " "
        + m.pkg().version()
        + " ("
        + m.ecosystem()
        + ") "
        + m.severity().name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + summary(m)
        + m.fixedVersion().map(f -> "; fixed in " + f).orElse("; no fix yet")
        + m.pkg().layer().stream().mapToObj(i -> " (layer " + (i + 1) + ")").findFirst().orElse("");
  }

  private static String summary(VulnerabilityMatch m) {
    return m.summary().isBlank() ? m.id() : m.summary();
  }

  private static String layer(SecretFinding s) {
    return s.layer().stream().mapToObj(i -> " (layer " + (i + 1) + ")").findFirst().orElse("");
  }
}
