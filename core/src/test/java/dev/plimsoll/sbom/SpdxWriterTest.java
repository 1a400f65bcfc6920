package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plimsoll.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPDX output, validated against the official SPDX 2.3 JSON schema: the copy SPDX's tools-java
 * release ships ({@code resources/spdx-schema-v2.3.json}), taken from Maven Central in test scope.
 */
class SpdxWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in =
        SpdxWriterTest.class.getResourceAsStream("/resources/spdx-schema-v2.3.json")) {
      assertThat(in).as("tools-java's SPDX 2.3 schema on the test class path").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> folders() {
    return Sboms.FOLDERS;
  }

  private static JsonNode spdx(Sbom sbom) throws IOException {
    return MAPPER.readTree(Sboms.write(SbomFormat.SPDX_JSON, sbom));
  }

  @ParameterizedTest
  @MethodSource("folders")
  void eachFixtureIsValidSpdxWithAPurlOnEveryPackage(String name) throws Exception {
    Sbom sbom = Sboms.folder(name);
    JsonNode doc = spdx(sbom);

    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(doc.get("spdxVersion").asText()).isEqualTo("SPDX-2.3");
    int os = sbom.inventory().os().isPresent() ? 1 : 0;
    JsonNode packages = doc.get("packages");
    assertThat(packages).hasSize(1 + os + sbom.inventory().packages().size());
    Set<String> ids = new HashSet<>();
    for (int i = 1; i < packages.size(); i++) {
      JsonNode p = packages.get(i);
      assertThat(p.at("/externalRefs/0/referenceType").asText()).isEqualTo("purl");
      assertThat(p.at("/externalRefs/0/referenceLocator").asText()).startsWith("pkg:");
      assertThat(ids.add(p.get("SPDXID").asText())).as("unique %s", p.get("SPDXID")).isTrue();
    }
    assertThat(doc.get("relationships")).hasSize(packages.size());
  }

  @Test
  void fedoraGoldenShowsExpressionsOsAndRelationships() throws Exception {
    Golden.assertMatches(
        "dev/plimsoll/sbom/fedora.spdx.json",
        Sboms.write(SbomFormat.SPDX_JSON, Sboms.folder("fedora")));
  }

  @Test
  void licensesOutsideTheListBecomeExtractedLicenseRefs() throws Exception {
    JsonNode doc = spdx(Sboms.declaring("Apache License 2.0", "mit OR apache-2.0", "GPL"));

    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(doc.at("/packages/1/licenseDeclared").asText())
        .isEqualTo("LicenseRef-Apache-License-2.0 AND (MIT OR Apache-2.0) AND LicenseRef-GPL");
    assertThat(doc.at("/packages/1/licenseConcluded").asText()).isEqualTo("NOASSERTION");
    List<String> refs = new ArrayList<>();
    for (JsonNode info : doc.get("hasExtractedLicensingInfos")) {
      refs.add(info.get("licenseId").asText() + " = " + info.get("extractedText").asText());
    }
    assertThat(refs)
        .containsExactly(
            "LicenseRef-Apache-License-2.0 = Apache License 2.0", "LicenseRef-GPL = GPL");
  }

  @Test
  void anImageDescribedContainsPackagesWithTheirLayer() throws Exception {
    JsonNode doc = spdx(Sboms.image());

    assertThat(SCHEMA.validate(doc)).isEmpty();
    assertThat(doc.get("documentNamespace").asText())
        .isEqualTo("https://plimsoll.dev/spdx/image/app-1.0-" + Sboms.SERIAL);
    assertThat(doc.at("/creationInfo/creators/0").asText()).isEqualTo("Tool: plimsoll-0.5.0");
    assertThat(doc.at("/creationInfo/created").asText()).isEqualTo("2025-01-02T03:04:05Z");
    JsonNode image = doc.at("/packages/0");
    assertThat(image.get("primaryPackagePurpose").asText()).isEqualTo("CONTAINER");
    assertThat(image.at("/checksums/0/checksumValue").asText())
        .isEqualTo(Sboms.IMAGE_ID.substring(7));
    assertThat(doc.at("/relationships/0").toString())
        .isEqualTo(
            "{\"spdxElementId\":\"SPDXRef-DOCUMENT\",\"relationshipType\":\"DESCRIBES\","
                + "\"relatedSpdxElement\":\"SPDXRef-Image\"}");
    JsonNode lodash = doc.at("/packages/3");
    assertThat(lodash.get("name").asText()).isEqualTo("lodash");
    assertThat(lodash.get("licenseDeclared").asText()).isEqualTo("MIT");
    assertThat(lodash.get("sourceInfo").asText())
        .isEqualTo(
            "found in app/node_modules/lodash/package.json; added by layer 1 (sha256:layer1): "
                + Sboms.RUN);
  }

  @Test
  void theSchemaCatchesABrokenDocument() throws Exception {
    ObjectNode doc = (ObjectNode) spdx(Sboms.folder("alpine"));
    doc.remove("documentNamespace");
    ((ObjectNode) doc.at("/relationships/1")).put("relationshipType", "HOLDS");

    List<Error> errors = SCHEMA.validate(doc);

    assertThat(errors).extracting(Error::getMessage).anyMatch(m -> m.contains("documentNamespace"));
    assertThat(errors)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/relationships/1/relationshipType");
  }
}
