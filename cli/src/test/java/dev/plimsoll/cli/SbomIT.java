package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll sbom} through bin/plimsoll, on the inventory's real fixture folders (a Debian
 * root with dpkg, Python and Go packages; rpm's Berkeley DB and ndb databases) and on dive's real
 * busybox image, which holds no packages. Each document is checked against its official schema.
 */
class SbomIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEBIAN =
      Cli.REPO.resolve("core/src/test/resources/dev/plimsoll/inventory/folders/debian");
  private static final Path DIVE = Cli.CORPUS.resolve("images/dive/test-docker-image.tar");
  private static final Schema SPDX = spdxSchema();

  private static Schema spdxSchema() {
    try (InputStream in = SbomIT.class.getResourceAsStream("/resources/spdx-schema-v2.3.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cycloneDxErrors(String json) throws IOException {
    List<ParseException> errors =
        new JsonParser().validate(json.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
    return errors.stream().map(Throwable::getMessage).toList();
  }

  @Test
  void aFolderIsValidCycloneDxByDefaultWithAPurlOnEveryComponent() throws Exception {
    Cli.Result r = Cli.run("sbom", DEBIAN.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(cycloneDxErrors(r.out())).isEmpty();
    JsonNode bom = JSON.readTree(r.out());
    assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
    assertThat(bom.at("/metadata/tools/components/0/name").asText()).isEqualTo("plimsoll");
    assertThat(bom.at("/metadata/component/name").asText()).isEqualTo(DEBIAN.toString());
    // The OS and the 11 packages of debian.expected.
    assertThat(bom.get("components")).hasSize(12);
    for (JsonNode c : bom.get("components")) {
      assertThat(c.path("purl").asText()).as(c.toString()).startsWith("pkg:");
    }
    assertThat(bom.findValuesAsText("purl"))
        .contains(
            "pkg:generic/debian@12",
            "pkg:deb/debian/libc6@2.36-9%2Bdeb12u14?arch=amd64&distro=debian-12",
            "pkg:pypi/urllib3@1.26.12");
  }

  @Test
  void spdxGoesToTheOutputFileAndIsValid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sbom.spdx.json");
    Cli.Result r = Cli.run("sbom", DEBIAN.toString(), "-f", "spdx-json", "-o", file.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode doc = JSON.readTree(Files.readString(file));
    List<Error> errors = SPDX.validate(doc);
    assertThat(errors).isEmpty();
    assertThat(doc.get("packages")).hasSize(13);
    assertThat(doc.at("/packages/2/externalRefs/0/referenceLocator").asText())
        .isEqualTo("pkg:deb/debian/base-files@12.4%2Bdeb12u11?arch=amd64&distro=debian-12");
  }

  @Test
  void aTableForPeople() {
    Cli.Result r = Cli.run("sbom", DEBIAN.toString(), "--format", "table");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().toList())
        .startsWith(
            "OS: Debian GNU/Linux 12 (bookworm)",
            "NAME                  VERSION           TYPE",
            "base-files            12.4+deb12u11     deb")
        .endsWith("11 packages");
  }

  @Test
  void rpmsOlderDatabasesListTheirPackages() {
    Path folders = DEBIAN.getParent();
    for (String os : List.of("centos", "sles")) {
      Cli.Result r = Cli.run("sbom", folders.resolve(os).toString(), "--format", "table");

      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out().lines().skip(1).toList())
          .as(os)
          .containsExactly(
              "NAME            VERSION         TYPE",
              "plimsoll-docs   3.1-4.el7       rpm",
              "plimsoll-hello  2:1.0.2-3.fc40  rpm",
              "plimsoll-tool   0.9-1           rpm",
              "3 packages");
    }
  }

  @Test
  void anImageWithoutPackagesIsStillAValidSbomOfTheContainer() throws Exception {
    Cli.Result cdx = Cli.run("sbom", "docker-archive:" + DIVE);

    assertThat(cdx.exit()).as(cdx.err()).isZero();
    assertThat(cycloneDxErrors(cdx.out())).isEmpty();
    JsonNode bom = JSON.readTree(cdx.out());
    JsonNode image = bom.at("/metadata/component");
    assertThat(image.get("type").asText()).isEqualTo("container");
    assertThat(image.get("version").asText()).startsWith("sha256:");
    assertThat(image.at("/hashes/0/content").asText())
        .isEqualTo(image.get("version").asText().substring("sha256:".length()));
    assertThat(bom.path("components")).isEmpty();

    Cli.Result spdx = Cli.run("sbom", DIVE.toString(), "-f", "spdx-json");
    assertThat(spdx.exit()).as(spdx.err()).isZero();
    JsonNode doc = JSON.readTree(spdx.out());
    assertThat(SPDX.validate(doc)).isEmpty();
    assertThat(doc.get("packages")).hasSize(1);
    assertThat(doc.at("/packages/0/primaryPackagePurpose").asText()).isEqualTo("CONTAINER");

    Cli.Result table = Cli.run("sbom", DIVE.toString(), "-f", "table");
    assertThat(table.out()).isEqualTo("No packages found in dive-test:latest.\n");
  }

  @Test
  void badInputIsOneLineAndExit2(@TempDir Path dir) throws Exception {
    Path notAnImage = Files.writeString(dir.resolve("notes.tar"), "not a tar at all");
    for (String[] args :
        List.of(
            new String[] {"sbom", dir.resolve("missing").toString()},
            new String[] {"sbom", notAnImage.toString()},
            new String[] {"sbom", DEBIAN.toString(), "-f", "xml"})) {
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.errLines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
      assertThat(r.out()).isEmpty();
    }
  }
}
