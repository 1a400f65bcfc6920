package dev.plimsoll.report;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report every writer test and golden file uses: three files (one without findings), every
 * severity, an instruction over five lines, and messages that need escaping in JSON and XML ({@code
 * < & "}, non-ASCII, an escape character).
 */
final class SampleReport {

  static final String DOCKERFILE = "Dockerfile";
  static final String API = "services/api/Dockerfile.prod";
  static final String CLEAN = "tools/ci.Dockerfile";

  static final List<String> DOCKERFILE_LINES =
      List.of(
          "# syntax=docker/dockerfile:1",
          "FROM debian:latest",
          "RUN apt-get update \\",
          "    && apt-get install -y \\",
          "        curl \\",
          "        ca-certificates \\",
          "    && rm -rf /var/lib/apt/lists/*",
          "ENV GREETING=\"héllo wörld 🐳\"",
          "copy app.sh /app/",
          "CMD ./app.sh");

  static final List<String> API_LINES =
      List.of("\u001b[31mFROM alpine:3.20", "RUN apk add --no-cache tini");

  static final List<String> CLEAN_LINES =
      List.of("FROM alpine:3.20@sha256:" + "0".repeat(64), "USER 65534");

  static final RuleMeta PIN_BASE =
      rule("pin-base-image-version", List.of("DL3007"), Severity.WARNING, "Pin the base image");
  static final RuleMeta APT_PIN =
      rule("apt-pin-versions", List.of("DL3008"), Severity.WARNING, "Pin apt package versions");
  static final RuleMeta APT_RECOMMENDS =
      rule(
          "apt-no-install-recommends",
          List.of("DL3015"),
          Severity.INFO,
          "Install apt packages without recommends");
  static final RuleMeta CASING =
      rule(
          "consistent-instruction-casing",
          List.of("ConsistentInstructionCasing"),
          Severity.STYLE,
          "Write instruction keywords in one case");
  static final RuleMeta JSON_ARGS =
      rule(
          "json-args-recommended",
          List.of("DL3025", "JSONArgsRecommended"),
          Severity.WARNING,
          "Use JSON arguments for CMD & ENTRYPOINT");
  static final RuleMeta SYNTAX =
      rule("syntax-error", List.of("DL1000"), Severity.ERROR, "The Dockerfile does not parse");
  static final RuleMeta NO_SUDO =
      rule("no-sudo", List.of("DL3004"), Severity.ERROR, "Do not use sudo");

  private SampleReport() {}

  static Report report() {
    return report(DOCKERFILE_LINES, 0);
  }

  /**
   * The sample report with the Dockerfile's text replaced and its findings moved down by {@code
   * shift} lines, as if lines had been added above them.
   */
  static Report report(List<String> dockerfileLines, int shift) {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        finding(
            PIN_BASE,
            "Pin the base image \"debian:latest\" to a version; latest moves",
            DOCKERFILE,
            2 + shift,
            2 + shift));
    findings.add(
        finding(
            APT_PIN,
            "Pin versions in apt-get install: curl, ca-certificates",
            DOCKERFILE,
            3 + shift,
            7 + shift));
    findings.add(
        finding(
            APT_RECOMMENDS,
            "apt-get install without --no-install-recommends pulls in packages nobody asked for",
            DOCKERFILE,
            3 + shift,
            7 + shift));
    findings.add(
        finding(
            CASING,
            "Write the keyword as COPY, not “copy”, like the other instructions",
            DOCKERFILE,
            9 + shift,
            9 + shift));
    findings.add(
        finding(
            JSON_ARGS,
            "Use JSON arguments: CMD [\"./app.sh\"] & signals reach the process, not <sh -c>",
            DOCKERFILE,
            10 + shift,
            10 + shift));
    findings.add(
        finding(SYNTAX, "unknown instruction \"\u001b[31mFROM\" (ESC in keyword)", API, 1, 1));
    findings.sort(Finding.ORDER);
    return new Report(
        "plimsoll",
        "0.1.0",
        findings,
        List.of(APT_RECOMMENDS, APT_PIN, CASING, JSON_ARGS, NO_SUDO, PIN_BASE, SYNTAX),
        List.of(DOCKERFILE, API, CLEAN),
        Map.of(DOCKERFILE, dockerfileLines, API, API_LINES, CLEAN, CLEAN_LINES));
  }

  /** A report of one clean file. */
  static Report clean() {
    return new Report(
        "plimsoll",
        "0.1.0",
        List.of(),
        List.of(NO_SUDO),
        List.of(CLEAN),
        Map.of(CLEAN, CLEAN_LINES));
  }

  static Finding finding(RuleMeta rule, String message, String file, int line, int endLine) {
    return new Finding(
        rule.name(), rule.aliases(), rule.severity(), message, file, line, 1, endLine);
  }

  private static RuleMeta rule(String name, List<String> aliases, Severity severity, String text) {
    return new RuleMeta(name, aliases, severity, Domain.DOCKERFILE, text);
  }
}
