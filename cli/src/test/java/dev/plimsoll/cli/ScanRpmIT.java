package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll scan} through bin/plimsoll on an rpm root: the inventory's Fedora fixture (an rpm
 * database rpm wrote, plimsoll-hello 2:1.0.2-3.fc40 and plimsoll-tool 0.9-1), once as it is and
 * once with an AlmaLinux 9 os-release, against the matcher fixture's ALSA records imported with
 * {@code plimsoll db import}.
 */
class ScanRpmIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FEDORA =
      Cli.REPO.resolve("core/src/test/resources/dev/plimsoll/inventory/folders/fedora");
  private static final Path RECORDS =
      Cli.REPO.resolve("core/src/test/resources/fixtures/match/rpm.json");

  @TempDir static Path shared;

  static Path db;
  static Path alma;

  @BeforeAll
  static void importRecordsAndMakeRoot() throws IOException {
    Path records = Files.createDirectories(shared.resolve("records"));
    for (JsonNode r : JSON.readTree(RECORDS.toFile()).get("records")) {
      Files.writeString(records.resolve(r.get("id").asText() + ".json"), r.toString());
    }
    db = shared.resolve("db.sqlite");
    Cli.Result r = Cli.run("db", "import", records.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    alma = Fixtures.copy(FEDORA, shared.resolve("alma"));
    Files.writeString(
        alma.resolve("usr/lib/os-release"),
        """
        NAME="AlmaLinux"
        ID="almalinux"
        VERSION_ID="9.4"
        PRETTY_NAME="AlmaLinux 9.4 (Seafoam Ocelot)"
        """);
  }

  @Test
  void anAlmaLinuxRootMatchesByBinaryNameAndTheEpochDecides() throws Exception {
    Cli.Result r =
        Cli.run("scan", alma.toString(), "--db", db.toString(), "--no-secrets", "-f", "json");

    // ALSA records carry no CVSS; the rating their summary starts with ("Important:") is the
    // severity, and an important one fails the default --fail-on.
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    List<String> found = new ArrayList<>();
    for (JsonNode v : JSON.readTree(r.out()).get("vulnerabilities")) {
      found.add(
          String.join(
              " ",
              v.get("package").asText(),
              v.get("version").asText(),
              v.get("ecosystem").asText(),
              v.get("id").asText(),
              v.get("severity").asText(),
              v.get("fixedVersion").asText()));
    }
    // ALSA-2024:0002 fixes plimsoll-hello in 1.0.9-1.el9, epoch 0: below the installed epoch 2.
    assertThat(found)
        .containsExactlyInAnyOrder(
            "plimsoll-hello 2:1.0.2-3.fc40 AlmaLinux:9 ALSA-2024:0001 high 2:1.0.2-4.el9",
            "plimsoll-tool 0.9-1 AlmaLinux:9 ALSA-2024:0002 medium 0.9-2.el9");
  }

  @Test
  void ttyShowsTheVersionWithItsEpochAndTheFix() {
    Cli.Result r = Cli.run("scan", alma.toString(), "--db", db.toString(), "--no-secrets");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("(AlmaLinux 9.4 (Seafoam Ocelot)): 2 packages, 2 vulnerabilities")
        .containsPattern(
            "(?m)^  plimsoll-hello +2:1\\.0\\.2-3\\.fc40 +ALSA-2024:0001 +high +2:1\\.0\\.2-4\\.el9 +-$");
  }

  @Test
  void aFedoraRootIsNotMatchedAndTheScanSaysSo() {
    Cli.Result r = Cli.run("scan", FEDORA.toString(), "--db", db.toString(), "--no-secrets");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).contains("no advisories are matched for rpm packages of fedora");
  }
}
