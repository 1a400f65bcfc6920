package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.vulnerability.match.VulnerabilityMatch;
import dev.plimsoll.vulnerability.severity.Severity;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

/** A scan as CycloneDX 1.6 with vulnerabilities, checked against the schema by the library. */
class CycloneDxVulnerabilitiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H";

  private static FoundPackage named(Sbom sbom, String name) {
    return sbom.inventory().packages().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachMatchAffectsItsComponentWithRatingFixAndLayer() throws Exception {
    Sbom sbom = Sboms.image();
    FoundPackage lodash = named(sbom, "lodash");
    FoundPackage libc = named(sbom, "libc6");
    List<VulnerabilityMatch> matches =
        List.of(
            new VulnerabilityMatch(
                "GHSA-35jh-r3h4-6jhm",
                List.of("CVE-2021-23337"),
                "Command Injection in lodash",
                lodash,
                "npm",
                "lodash",
                "4.17.15",
                Optional.of("4.17.21"),
                Severity.HIGH,
                Optional.of(V31)),
            new VulnerabilityMatch(
                "DSA-5514-1",
                List.of(),
                "",
                libc,
                "Debian:12",
                "glibc",
                "2.36-9+deb12u4",
                Optional.empty(),
                Severity.UNKNOWN,
                Optional.empty()));
    StringWriter out = new StringWriter();
    CycloneDxVulnerabilities.write(sbom, matches, out);

    assertThat(
            new JsonParser()
                .validate(out.toString().getBytes(StandardCharsets.UTF_8), CycloneDxWriter.VERSION))
        .isEmpty();
    JsonNode bom = MAPPER.readTree(out.toString());
    assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
    assertThat(bom.get("components")).hasSize(3);
    JsonNode v = bom.get("vulnerabilities").get(0);
    assertThat(v.get("id").asText()).isEqualTo("GHSA-35jh-r3h4-6jhm");
    assertThat(v.at("/source/url").asText())
        .isEqualTo("https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm");
    assertThat(v.at("/references/0/id").asText()).isEqualTo("CVE-2021-23337");
    assertThat(v.at("/ratings/0/severity").asText()).isEqualTo("high");
    assertThat(v.at("/ratings/0/score").asDouble()).isEqualTo(7.2);
    assertThat(v.at("/ratings/0/method").asText()).isEqualTo("CVSSv31");
    assertThat(v.at("/ratings/0/vector").asText()).isEqualTo(V31);
    assertThat(v.at("/affects/0/ref").asText()).isEqualTo(lodash.purl());
    assertThat(bom.findValuesAsText("bom-ref")).contains(lodash.purl());
    assertThat(v.at("/affects/0/versions/0/version").asText()).isEqualTo("4.17.15");
    assertThat(v.at("/affects/0/versions/0/status").asText()).isEqualTo("affected");
    assertThat(v.get("recommendation").asText()).isEqualTo("Upgrade lodash to 4.17.21");
    assertThat(properties(v))
        .containsExactly(
            "plimsoll:vulnerability:fixedVersion=4.17.21",
            "plimsoll:vulnerability:ecosystem=npm",
            "plimsoll:layer:index=1",
            "plimsoll:layer:instruction=" + Sboms.RUN);

    JsonNode unfixed = bom.get("vulnerabilities").get(1);
    assertThat(unfixed.at("/affects/0/ref").asText()).isEqualTo(libc.purl());
    assertThat(unfixed.at("/ratings/0/severity").asText()).isEqualTo("unknown");
    assertThat(unfixed.at("/ratings/0/score").isMissingNode()).isTrue();
    assertThat(unfixed.has("recommendation")).isFalse();
    assertThat(properties(unfixed)).contains("plimsoll:layer:index=0");
  }

  private static List<String> properties(JsonNode v) {
    return java.util.stream.StreamSupport.stream(v.get("properties").spliterator(), false)
        .map(p -> p.get("name").asText() + "=" + p.get("value").asText())
        .toList();
  }
}
