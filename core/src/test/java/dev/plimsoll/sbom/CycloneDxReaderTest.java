package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.inventory.Ecosystem;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import dev.plimsoll.inventory.SourcePackage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CycloneDX SBOMs read back as inventories: Plimsoll's own, which must give back every field the
 * matcher and the reports use, a syft-style one, and hostile files.
 */
class CycloneDxReaderTest {
  @TempDir Path dir;

  static List<String> folders() {
    return Sboms.FOLDERS;
  }

  private Inventory roundTrip(Sbom sbom) throws Exception {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, Sboms.write(SbomFormat.CYCLONEDX_JSON, sbom));
    assertThat(CycloneDxReader.looksLikeJson(file)).isTrue();
    return CycloneDxReader.read(file);
  }

  /**
   * A package without its licenses, which a scan does not use and the reader leaves out, and with
   * its instruction stripped, as cyclonedx-core-java writes property values.
   */
  private static FoundPackage unlicensed(FoundPackage p) {
    return new FoundPackage(
        p.ecosystem(),
        p.name(),
        p.version(),
        p.purl(),
        p.source(),
        List.of(),
        p.path(),
        p.layer(),
        p.instruction().map(String::strip));
  }

  @Test
  void anImagesSbomGivesBackPackagesSourcesLayersAndInstructions() throws Exception {
    Sbom image = Sboms.image();
    Inventory read = roundTrip(image);

    assertThat(read.os().map(o -> o.id() + " " + o.versionId().orElse(""))).contains("debian 12");
    assertThat(read.packages())
        .containsExactlyElementsOf(
            image.inventory().packages().stream().map(CycloneDxReaderTest::unlicensed).toList());
    assertThat(read.packages())
        .filteredOn(p -> p.name().equals("libc6"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).contains(new SourcePackage("glibc", "2.36-9+deb12u4"));
              assertThat(p.layer()).hasValue(0);
              assertThat(p.instruction()).contains(Sboms.ADD.strip());
            });
    assertThat(read.skipped()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("folders")
  void everyFixturesSbomGivesBackItsPackages(String folder) throws Exception {
    Sbom sbom = Sboms.folder(folder);
    Inventory read = roundTrip(sbom);

    assertThat(read.packages())
        .containsExactlyElementsOf(
            sbom.inventory().packages().stream().map(CycloneDxReaderTest::unlicensed).toList());
    assertThat(read.os().map(o -> o.id())).isEqualTo(sbom.inventory().os().map(o -> o.id()));
    assertThat(read.os().flatMap(o -> o.versionId()))
        .isEqualTo(sbom.inventory().os().flatMap(o -> o.versionId()));
  }

  @Test
  void anotherToolsSbomGivesTheReleaseFromDistroAndTheSourceFromUpstream() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("syft.json"),
            """
            {"bomFormat": "CycloneDX", "specVersion": "1.5",
             "metadata": {"component": {"type": "container", "name": "app"}},
             "components": [
              {"type": "library", "name": "libc6", "version": "2.36-9+deb12u4",
               "purl": "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&upstream=glibc&distro=debian-12"},
              {"type": "library", "name": "libssl3", "version": "3.0.11-1~deb12u2",
               "purl": "pkg:deb/debian/libssl3@3.0.11-1~deb12u2?upstream=openssl%403.0.11-1~deb12u2"},
              {"type": "application", "name": "app", "components": [
                {"type": "library", "name": "log4j-core", "version": "2.14.1",
                 "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]},
              {"type": "file", "name": "/etc/passwd"},
              {"type": "library", "name": "x", "purl": "pkg:generic/x@1"}
             ]}
            """);
    Inventory read = CycloneDxReader.read(file);

    assertThat(read.os().map(o -> o.id() + " " + o.versionId().orElse(""))).contains("debian 12");
    assertThat(read.packages())
        .extracting(
            FoundPackage::ecosystem,
            FoundPackage::name,
            FoundPackage::version,
            FoundPackage::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Ecosystem.DEB,
                "libc6",
                "2.36-9+deb12u4",
                Optional.of(new SourcePackage("glibc", "2.36-9+deb12u4"))),
            org.assertj.core.groups.Tuple.tuple(
                Ecosystem.DEB,
                "libssl3",
                "3.0.11-1~deb12u2",
                Optional.of(new SourcePackage("openssl", "3.0.11-1~deb12u2"))),
            org.assertj.core.groups.Tuple.tuple(
                Ecosystem.MAVEN,
                "org.apache.logging.log4j:log4j-core",
                "2.14.1",
                Optional.empty()));
    // The OS is known, so every OS package's purl names it, as the inventory's do.
    assertThat(read.packages().get(1).purl()).contains("distro=debian-12");
    assertThat(read.packages()).allSatisfy(p -> assertThat(p.path()).isEqualTo(file.toString()));
    assertThat(read.packages())
        .allSatisfy(p -> assertThat(p.layer()).isEqualTo(OptionalInt.empty()));
    assertThat(read.skipped())
        .containsExactly(
            file + ": 2 components without a package URL are not matched",
            file + ": 1 components of package URL type generic are not matched");
  }

  @Test
  void anRpmKeepsItsEpochAndItsSourceRpm() throws Exception {
    String components =
        """
        {"type": "library", "name": "openssl-libs", "version": "1:3.0.7-27.el9",
         "purl": "pkg:rpm/almalinux/openssl-libs@3.0.7-27.el9?arch=x86_64&epoch=1&upstream=openssl-3.0.7-27.el9.src.rpm&distro=almalinux-9.4"},
        {"type": "library", "name": "vim-minimal",
         "purl": "pkg:rpm/almalinux/vim-minimal@8.2.2637-20.el9_1?epoch=2&upstream=vim-8.2.2637-20.el9_1.src.rpm"},
        {"type": "library", "name": "xz-libs",
         "purl": "pkg:rpm/almalinux/xz-libs@5.2.5-8.el9_0?epoch=0&upstream=xz-5.2.5-8.el9_0.src.rpm"}
        """;
    Path file = dir.resolve("syft-rpm.json");
    Files.writeString(file, "{\"bomFormat\": \"CycloneDX\", \"components\": [" + components + "]}");
    Inventory read = CycloneDxReader.read(file);

    assertThat(read.os().map(o -> o.id() + " " + o.versionId().orElse("")))
        .contains("almalinux 9.4");
    assertThat(read.packages())
        .extracting(FoundPackage::name, FoundPackage::version, FoundPackage::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "openssl-libs",
                "1:3.0.7-27.el9",
                Optional.of(new SourcePackage("openssl", "3.0.7-27.el9"))),
            org.assertj.core.groups.Tuple.tuple(
                "vim-minimal",
                "2:8.2.2637-20.el9_1",
                Optional.of(new SourcePackage("vim", "8.2.2637-20.el9_1"))),
            org.assertj.core.groups.Tuple.tuple(
                "xz-libs", "5.2.5-8.el9_0", Optional.of(new SourcePackage("xz", "5.2.5-8.el9_0"))));
  }

  @Test
  void hostileFilesAreOneLineNamingTheFile() throws Exception {
    assertRefused("[1, 2]", "not a CycloneDX SBOM: not a JSON object");
    assertRefused("{\"components\": []", "not valid JSON: ");
    assertRefused("{\"bomFormat\": \"SPDX\"}", "not a CycloneDX SBOM: bomFormat is \"SPDX\"");
    assertRefused("{\"spdxVersion\": \"SPDX-2.3\"}", "not a CycloneDX SBOM: bomFormat is missing");
    assertRefused("{\"bomFormat\": \"CycloneDX\", \"components\": {}}", "components: not a list");
    assertRefused(
        "{\"bomFormat\": \"CycloneDX\", \"components\": [{\"name\": \"a\\nb\", \"purl\": \"npm/x\"}]}",
        "component a\\x0ab: bad package URL npm/x: ");
    assertRefused(
        "{\"bomFormat\": \"CycloneDX\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
        "not valid JSON: ");
    Path huge = dir.resolve("huge.json");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      block[0] = '{';
      for (int i = 0; i <= CycloneDxReader.MAX_BYTES >> 20; i++) {
        out.write(block);
        block[0] = ' ';
      }
    }
    assertThatThrownBy(() -> CycloneDxReader.read(huge))
        .isInstanceOf(BadInputException.class)
        .hasMessage(huge + ": larger than 64 MiB; is it an SBOM?");
    assertThat(CycloneDxReader.looksLikeJson(dir)).isFalse();
  }

  private void assertRefused(String json, String problem) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), json);
    assertThatThrownBy(() -> CycloneDxReader.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(file + ": " + problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
