package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} and CycloneDX through bin/plimsoll: an image's SBOM scans to the same
 * vulnerabilities, layers and instructions as the image, and the scan's CycloneDX output is valid.
 * The image is a docker-archive written here as {@code docker save} lays one out: a Debian base
 * layer (os-release, dpkg status with libc6 built from glibc) and a layer that added lodash
 * 4.17.15. The database is the OSV corpus plus one record written here in osv.dev's Debian format
 * (ecosystem {@code Debian:12}, the source package's name, dpkg versions) for glibc's
 * CVE-2024-2961, which the binary package libc6 must be matched through.
 */
class ScanSbomIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADD = "/bin/sh -c #(nop) ADD file:3c2d5e in / ";
  private static final String RUN = "RUN /bin/sh -c npm install lodash@4.17.15 # buildkit";

  @TempDir static Path shared;

  static Path db;
  static Path image;

  @BeforeAll
  static void importAndSave() throws Exception {
    Path debian =
        Files.writeString(
            shared.resolve("DEBIAN-CVE-2024-2961.json"),
            """
            {"schema_version": "1.6.0", "id": "DEBIAN-CVE-2024-2961",
             "modified": "2024-05-06T00:00:00Z", "upstream": ["CVE-2024-2961"],
             "summary": "glibc: out-of-bounds write in iconv ISO-2022-CN-EXT",
             "affected": [{"package": {"ecosystem": "Debian:12", "name": "glibc"},
               "ranges": [{"type": "ECOSYSTEM",
                 "events": [{"introduced": "0"}, {"fixed": "2.36-9+deb12u6"}]}]}]}
            """);
    db = shared.resolve("db.sqlite");
    Cli.Result r =
        Cli.run(
            "db", "import", DbCommandIT.OSV.toString(), debian.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    image = save(shared.resolve("app.tar"));
  }

  /**
   * What identifies a reported vulnerability, for comparing two scans; the instruction stripped, as
   * cyclonedx-core-java writes property values.
   */
  private static List<String> found(JsonNode json) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : json.get("vulnerabilities")) {
      List<String> fields = new ArrayList<>();
      for (String key :
          List.of("id", "package", "version", "purl", "fixedVersion", "severity", "path")) {
        fields.add(v.get(key).asText());
      }
      fields.add(v.get("aliases").toString());
      fields.add(v.get("layer").asText());
      fields.add(v.get("instruction").asText().strip());
      out.add(String.join(" | ", fields));
    }
    return out;
  }

  private static JsonNode scan(String source) throws IOException {
    Cli.Result r =
        Cli.run("scan", source, "--db", db.toString(), "--format", "json", "--no-secrets");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    return JSON.readTree(r.out());
  }

  @Test
  void theImagesSbomScansToTheSameVulnerabilitiesLayersAndInstructions() throws Exception {
    Path bom = shared.resolve("app.cdx.json");
    Cli.Result made = Cli.run("sbom", "docker-archive:" + image, "-o", bom.toString());
    assertThat(made.exit()).as(made.err()).isZero();

    List<String> direct = found(scan("docker-archive:" + image));
    assertThat(direct)
        .contains(
            "DEBIAN-CVE-2024-2961 | libc6 | 2.36-9+deb12u4"
                + " | pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"
                + " | 2.36-9+deb12u6 | unknown | var/lib/dpkg/status | [\"CVE-2024-2961\"] | 0 | "
                + ADD.strip())
        .anyMatch(v -> v.startsWith("GHSA-35jh-r3h4-6jhm | lodash | 4.17.15 |"))
        .allMatch(v -> !v.contains("| lodash |") || v.endsWith(" | 1 | " + RUN));
    for (String source : List.of("sbom:" + bom, bom.toString())) {
      assertThat(found(scan(source))).as(source).isEqualTo(direct);
    }
  }

  @Test
  void cycloneDxOutputIsValidAndEachVulnerabilityAffectsItsComponent() throws Exception {
    Cli.Result r =
        Cli.run(
            "scan", "docker-archive:" + image, "--db", db.toString(), "--format", "cyclonedx-json");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(new JsonParser().validate(r.out().getBytes(UTF_8), Version.VERSION_16)).isEmpty();
    JsonNode bom = JSON.readTree(r.out());
    Map<String, String> purlByRef = new HashMap<>();
    bom.get("components")
        .forEach(c -> purlByRef.put(c.get("bom-ref").asText(), c.get("purl").asText()));
    JsonNode want = scan("docker-archive:" + image).get("vulnerabilities");
    JsonNode got = bom.get("vulnerabilities");
    assertThat(got).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      JsonNode w = want.get(i);
      JsonNode v = got.get(i);
      assertThat(v.get("id").asText()).isEqualTo(w.get("id").asText());
      assertThat(purlByRef.get(v.at("/affects/0/ref").asText())).isEqualTo(w.get("purl").asText());
      assertThat(v.at("/ratings/0/severity").asText()).isEqualTo(w.get("severity").asText());
      assertThat(v.get("recommendation").asText())
          .isEqualTo(
              "Upgrade " + w.get("package").asText() + " to " + w.get("fixedVersion").asText());
      assertThat(v.get("properties").findValuesAsText("value"))
          .contains(w.get("layer").asText(), w.get("instruction").asText().strip());
    }
  }

  @Test
  void aFileThatIsNoCycloneDxSbomIsOneLineAndExit2() throws IOException {
    Path spdx = Files.writeString(shared.resolve("x.spdx.json"), "{\"spdxVersion\": \"SPDX-2.3\"}");
    Cli.Result r = Cli.run("scan", spdx.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains(spdx + ": not a CycloneDX SBOM: bomFormat is missing");
    Path purl =
        Files.writeString(
            shared.resolve("purl.json"),
            "{\"bomFormat\": \"CycloneDX\", \"components\": [{\"name\": \"x\", \"purl\": \"x@1\"}]}");
    Cli.Result bad = Cli.run("scan", "sbom:" + purl, "--db", db.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.errLines())
        .singleElement()
        .asString()
        .contains(purl + ": component x: bad package URL x@1");
  }

  /** A docker-archive as {@code docker save} writes one: manifest.json, config, layer tars. */
  private static Path save(Path archive) throws Exception {
    byte[] base =
        tar(
            Map.of(
                "etc/os-release",
                "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n",
                "var/lib/dpkg/status",
                """
                Package: libc6
                Status: install ok installed
                Architecture: amd64
                Source: glibc
                Version: 2.36-9+deb12u4
                Description: GNU C Library

                """));
    byte[] app =
        tar(
            Map.of(
                "app/node_modules/lodash/package.json",
                "{\"name\": \"lodash\", \"version\": \"4.17.15\", \"license\": \"MIT\"}"));
    String config =
        JSON.writeValueAsString(
            Map.of(
                "architecture", "amd64",
                "os", "linux",
                "config", Map.of(),
                "rootfs",
                    Map.of(
                        "type",
                        "layers",
                        "diff_ids",
                        List.of("sha256:" + sha256(base), "sha256:" + sha256(app))),
                "history", List.of(Map.of("created_by", ADD), Map.of("created_by", RUN))));
    String configName = sha256(config.getBytes(UTF_8)) + ".json";
    String manifest =
        JSON.writeValueAsString(
            List.of(
                Map.of(
                    "Config", configName,
                    "RepoTags", List.of("app:1.0"),
                    "Layers", List.of("base/layer.tar", "app/layer.tar"))));
    Map<String, Object> entries = new LinkedHashMap<>();
    entries.put("base/layer.tar", base);
    entries.put("app/layer.tar", app);
    entries.put(configName, config);
    entries.put("manifest.json", manifest);
    Files.write(archive, tar(entries));
    return archive;
  }

  private static byte[] tar(Map<String, ?> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = bytes;
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      for (Map.Entry<String, ?> f : files.entrySet()) {
        byte[] data =
            f.getValue() instanceof byte[] b ? b : f.getValue().toString().getBytes(UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
