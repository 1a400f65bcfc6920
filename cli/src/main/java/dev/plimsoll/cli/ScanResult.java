package dev.plimsoll.cli;

import dev.plimsoll.sbom.Sbom;
import dev.plimsoll.secrets.SecretFinding;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import java.util.List;
import java.util.Optional;

/**
 * What {@code plimsoll scan} reports, for its writers.
 *
 * @param source the SOURCE as given
 * @param os the system's pretty name, when it has an os-release
 * @param packages how many packages were looked up
 * @param vulnerabilities the vulnerabilities kept after the filters, by package then id
 * @param secrets the secrets, unless {@code --no-secrets}
 * @param notes what could not be matched, and what the filters left out
 * @param sbom what was scanned and its inventory, whose packages the vulnerabilities name
 */
record ScanResult(
    String source,
    Optional<String> os,
    int packages,
    List<VulnerabilityMatch> vulnerabilities,
    List<SecretFinding> secrets,
    List<String> notes,
    Sbom sbom) {
  ScanResult {
    vulnerabilities = List.copyOf(vulnerabilities);
    secrets = List.copyOf(secrets);
    notes = List.copyOf(notes);
  }
}
