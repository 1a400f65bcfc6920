package dev.plimsoll.report;

import dev.plimsoll.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that name a finding across runs, so GitLab and GitHub can tell a new finding from an
 * old one that moved. They hash the rule, the file and the instruction's text with its whitespace
 * collapsed, never the line number: adding lines above an instruction, or re-indenting it, keeps
 * its fingerprint. Identical instructions in one file are told apart by their order.
 */
final class Fingerprints {

  private Fingerprints() {}

  /** One fingerprint per finding of the report, in the same order; 32 hexadecimal digits. */
  static List<String> of(Report report) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> result = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      String key =
          finding.rule()
              + '\u0000'
              + Locations.slashed(finding.file())
              + '\u0000'
              + text(report, finding);
      int occurrence = seen.merge(key, 1, Integer::sum);
      result.add(sha256(key + '\u0000' + occurrence).substring(0, 32));
    }
    return result;
  }

  /** The instruction's text, whitespace collapsed; the message when the report lacks the text. */
  private static String text(Report report, Finding finding) {
    List<String> lines = Locations.instruction(report, finding);
    if (lines.isEmpty()) {
      return "message:" + finding.message();
    }
    return "source:" + String.join(" ", lines).replaceAll("\\s+", " ").trim();
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
