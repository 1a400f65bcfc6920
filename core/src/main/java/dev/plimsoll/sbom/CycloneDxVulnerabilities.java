package dev.plimsoll.sbom;

import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import dev.plimsoll.vulnerability.severity.Cvss;
import dev.plimsoll.vulnerability.severity.InvalidVectorException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.model.vulnerability.Vulnerability.Affect;
import org.cyclonedx.model.vulnerability.Vulnerability.Rating;
import org.cyclonedx.model.vulnerability.Vulnerability.Reference;
import org.cyclonedx.model.vulnerability.Vulnerability.Source;
import org.cyclonedx.model.vulnerability.Vulnerability.Version;

/**
 * {@code scan --format cyclonedx-json}: the SBOM of what was scanned, as {@code sbom} writes it,
 * with CycloneDX 1.6's {@code vulnerabilities}: one entry per vulnerability and package, as grype
 * writes them, so that each carries its package's layer, instruction and fixed version. Its {@code
 * affects} names the package's component by {@code bom-ref}; the merged advisories' other ids are
 * {@code references}. The data comes from OSV, so the source is osv.dev's page of the id.
 */
public final class CycloneDxVulnerabilities {
  static final String FIXED = "plimsoll:vulnerability:fixedVersion";
  static final String ECOSYSTEM = "plimsoll:vulnerability:ecosystem";

  private CycloneDxVulnerabilities() {}

  /** Writes {@code sbom} with {@code matches}, whose packages are among its inventory's. */
  public static void write(Sbom sbom, List<VulnerabilityMatch> matches, Writer out)
      throws IOException {
    Map<FoundPackage, String> refs = new HashMap<>();
    Bom bom = CycloneDxWriter.bom(sbom, refs);
    List<Vulnerability> vulnerabilities = new ArrayList<>();
    for (VulnerabilityMatch m : matches) {
      String ref = refs.get(m.pkg());
      if (ref == null) {
        throw new IllegalArgumentException("not a package of the SBOM: " + m.pkg().purl());
      }
      vulnerabilities.add(vulnerability(m, ref));
    }
    bom.setVulnerabilities(vulnerabilities);
    CycloneDxWriter.write(bom, out);
  }

  private static Vulnerability vulnerability(VulnerabilityMatch m, String ref) {
    Vulnerability v = new Vulnerability();
    v.setId(m.id());
    v.setSource(osv(m.id()));
    List<Reference> references = new ArrayList<>();
    for (String alias : m.aliases()) {
      Reference r = new Reference();
      r.setId(alias);
      r.setSource(osv(alias));
      references.add(r);
    }
    if (!references.isEmpty()) {
      v.setReferences(references);
    }
    v.setRatings(List.of(rating(m)));
    if (!m.summary().isBlank()) {
      v.setDescription(m.summary());
    }
    m.fixedVersion().ifPresent(f -> v.setRecommendation("Upgrade " + m.pkg().name() + " to " + f));
    Affect affect = new Affect();
    affect.setRef(ref);
    Version installed = new Version();
    installed.setVersion(m.pkg().version());
    installed.setStatus(Version.Status.AFFECTED);
    affect.setVersions(List.of(installed));
    v.setAffects(List.of(affect));
    List<Property> properties = new ArrayList<>();
    m.fixedVersion().ifPresent(f -> properties.add(new Property(FIXED, f)));
    properties.add(new Property(ECOSYSTEM, m.ecosystem()));
    m.pkg()
        .layer()
        .ifPresent(i -> properties.add(new Property(CycloneDxWriter.LAYER_INDEX, "" + i)));
    m.pkg()
        .instruction()
        .ifPresent(i -> properties.add(new Property(CycloneDxWriter.INSTRUCTION, i)));
    v.setProperties(properties);
    return v;
  }

  private static Source osv(String id) {
    Source s = new Source();
    s.setName("OSV");
    s.setUrl("https://osv.dev/vulnerability/" + id);
    return s;
  }

  /** The CVSS vector's score and method when one gave the severity, else the label alone. */
  private static Rating rating(VulnerabilityMatch m) {
    Rating r = new Rating();
    r.setSeverity(severity(m.severity()));
    Optional<Cvss> cvss = m.cvss().flatMap(CycloneDxVulnerabilities::parse);
    if (cvss.isPresent()) {
      Cvss c = cvss.get();
      r.setScore(c.score());
      r.setVector(c.vector());
      r.setMethod(
          switch (c.version()) {
            case "2.0" -> Rating.Method.CVSSV2;
            case "3.0" -> Rating.Method.CVSSV3;
            case "3.1" -> Rating.Method.CVSSV31;
            case "4.0" -> Rating.Method.CVSSV4;
            default -> Rating.Method.OTHER;
          });
    } else {
      r.setMethod(Rating.Method.OTHER);
    }
    return r;
  }

  /** The matcher scored the vector already; one it refused gave no severity and is not here. */
  private static Optional<Cvss> parse(String vector) {
    try {
      return Optional.of(Cvss.parse(vector));
    } catch (InvalidVectorException e) {
      return Optional.empty();
    }
  }

  private static Rating.Severity severity(dev.plimsoll.vulnerability.severity.Severity s) {
    return switch (s) {
      case CRITICAL -> Rating.Severity.CRITICAL;
      case HIGH -> Rating.Severity.HIGH;
      case MEDIUM -> Rating.Severity.MEDIUM;
      case LOW -> Rating.Severity.LOW;
      case UNKNOWN -> Rating.Severity.UNKNOWN;
    };
  }
}
