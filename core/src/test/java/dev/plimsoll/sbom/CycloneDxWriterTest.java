package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plimsoll.Golden;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CycloneDX output, checked by cyclonedx-core-java's own validator against the 1.6 schema. */
class CycloneDxWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<String> folders() {
    return Sboms.FOLDERS;
  }

  private static List<String> schemaErrors(String json) throws Exception {
    List<ParseException> errors =
        new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), CycloneDxWriter.VERSION);
    return errors.stream().map(Throwable::getMessage).toList();
  }

  @ParameterizedTest
  @MethodSource("folders")
  void eachFixtureIsValidCycloneDxWithAPurlOnEveryComponent(String name) throws Exception {
    Sbom sbom = Sboms.folder(name);
    String json = Sboms.write(SbomFormat.CYCLONEDX_JSON, sbom);

    assertThat(schemaErrors(json)).isEmpty();
    JsonNode bom = MAPPER.readTree(json);
    assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
    int os = sbom.inventory().os().isPresent() ? 1 : 0;
    assertThat(bom.get("components")).hasSize(sbom.inventory().packages().size() + os);
    for (JsonNode c : bom.get("components")) {
      assertThat(c.path("purl").asText()).as(c.toString()).startsWith("pkg:");
    }
  }

  @Test
  void debianGoldenShowsOsSourcePackagesAndFolder() throws Exception {
    Golden.assertMatches(
        "dev/plimsoll/sbom/debian.cdx.json",
        Sboms.write(SbomFormat.CYCLONEDX_JSON, Sboms.folder("debian")));
  }

  @Test
  void licensesAreIdsExpressionsOrNames() throws Exception {
    Map<String, String> byName = new TreeMap<>();
    for (String folder : List.of("fedora", "ruby", "alpine")) {
      JsonNode bom = MAPPER.readTree(Sboms.write(SbomFormat.CYCLONEDX_JSON, Sboms.folder(folder)));
      for (JsonNode c : bom.get("components")) {
        if (c.has("licenses")) {
          byName.put(c.get("name").asText(), c.get("licenses").toString());
        }
      }
    }
    assertThat(byName)
        .containsEntry("plimsoll-tool", "[{\"expression\":\"Apache-2.0 AND BSD-3-Clause\"}]")
        .containsEntry("musl", "[{\"license\":{\"id\":\"MIT\"}}]")
        .containsEntry(
            "net-http",
            "[{\"license\":{\"id\":\"Ruby\"}},{\"license\":{\"id\":\"BSD-2-Clause\"}}]");
  }

  @Test
  void freeTextLicensesAreNamesAndStayValid() throws Exception {
    String json =
        Sboms.write(
            SbomFormat.CYCLONEDX_JSON,
            Sboms.declaring("Apache License 2.0", "mit", "GPL-2.0+", "MIT OR (GPL-2.0-only"));

    assertThat(schemaErrors(json)).isEmpty();
    assertThat(MAPPER.readTree(json).at("/components/0/licenses").toString())
        .isEqualTo(
            "[{\"license\":{\"name\":\"Apache License 2.0\"}},{\"license\":{\"id\":\"MIT\"}},"
                + "{\"license\":{\"name\":\"GPL-2.0+\"}},{\"license\":{\"name\":\"MIT OR"
                + " (GPL-2.0-only\"}}]");
  }

  @Test
  void anImageIsTheContainerAndEachPackageNamesItsLayerAndInstruction() throws Exception {
    Sbom sbom = Sboms.image();
    String json = Sboms.write(SbomFormat.CYCLONEDX_JSON, sbom);

    assertThat(schemaErrors(json)).isEmpty();
    JsonNode bom = MAPPER.readTree(json);
    JsonNode image = bom.at("/metadata/component");
    SbomSubject.Image subject = (SbomSubject.Image) sbom.subject();
    assertThat(image.get("type").asText()).isEqualTo("container");
    assertThat(image.get("name").asText()).isEqualTo("app:1.0");
    assertThat(image.at("/hashes/0/content").asText()).isEqualTo(subject.id().substring(7));
    assertThat(bom.at("/metadata/tools/components/0/name").asText()).isEqualTo("plimsoll");
    assertThat(bom.at("/metadata/tools/components/0/version").asText()).isEqualTo("0.5.0");
    assertThat(bom.get("serialNumber").asText()).isEqualTo("urn:uuid:" + Sboms.SERIAL);

    assertThat(bom.at("/components/0/type").asText()).isEqualTo("operating-system");
    assertThat(bom.at("/components/0/purl").asText()).isEqualTo("pkg:generic/debian@12");
    JsonNode lodash = bom.at("/components/2");
    assertThat(lodash.get("purl").asText()).isEqualTo("pkg:npm/lodash@4.17.15");
    assertThat(properties(lodash))
        .containsEntry("plimsoll:layer:index", "1")
        .containsEntry("plimsoll:layer:digest", subject.layers().get(1).digest())
        .containsEntry("plimsoll:layer:instruction", Sboms.RUN)
        .containsEntry("plimsoll:location:path", "app/node_modules/lodash/package.json");
    assertThat(properties(bom.at("/components/1")))
        .containsEntry("plimsoll:layer:index", "0")
        .containsEntry("plimsoll:package:source", "glibc 2.36-9+deb12u4");
  }

  @Test
  void theValidatorCatchesABrokenDocument() throws Exception {
    ObjectNode bom =
        (ObjectNode)
            MAPPER.readTree(Sboms.write(SbomFormat.CYCLONEDX_JSON, Sboms.folder("alpine")));
    ((ObjectNode) bom.at("/components/1")).put("type", "package");

    assertThat(schemaErrors(MAPPER.writeValueAsString(bom))).isNotEmpty();
  }

  @Test
  void onePurlFoundInSeveralFilesGetsUniqueBomRefs() throws Exception {
    JsonNode bom = MAPPER.readTree(Sboms.write(SbomFormat.CYCLONEDX_JSON, Sboms.folder("node")));
    List<String> refs = bom.findValuesAsText("bom-ref");
    assertThat(refs)
        .doesNotHaveDuplicates()
        .contains("pkg:npm/%40babel/helper-validator-identifier@7.22.20#2");
  }

  private static Map<String, String> properties(JsonNode component) {
    Map<String, String> out = new TreeMap<>();
    for (JsonNode p : component.get("properties")) {
      out.put(p.get("name").asText(), p.get("value").asText());
    }
    return out;
  }
}
