package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll db} through bin/plimsoll, on the whole OSV corpus and a local export server. */
class DbCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path OSV = Cli.CORPUS.resolve("osv");

  @TempDir Path dir;

  @Test
  void importsTheWholeCorpusAndDescribesIt() throws Exception {
    Path db = dir.resolve("x.sqlite");
    Cli.Result r = Cli.run("db", "import", OSV.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .matches(
            "imported 6955 records into "
                + db
                + " in [0-9.]+ s: 6955 new, 0 updated, 0 unchanged, 0 skipped\n");
    assertThat(r.err()).isEmpty();

    Cli.Result status = Cli.run("db", "status", "--db", db.toString(), "--format", "json");
    assertThat(status.exit()).isZero();
    JsonNode json = JSON.readTree(status.out());
    assertThat(json.get("advisories").asLong()).isEqualTo(6955);
    assertThat(json.get("ecosystems"))
        .isEqualTo(JSON.valueToTree(Map.of("Go", 4291, "Maven", 1, "PyPI", 2661, "npm", 2)));
    assertThat(Instant.parse(json.get("builtAt").asText())).isBefore(Instant.now());

    Cli.Result tty = Cli.run("db", "status", "--db", db.toString());
    assertThat(tty.out())
        .contains("6955 advisories, 27 of them withdrawn")
        .containsPattern("(?m)^  PyPI +2661$")
        .containsPattern("Built: \\S+ \\((just now|\\d+ minutes? ago)\\)");
  }

  @Test
  void aBrokenFileIsNamedOnOneLineTheRestImportedAndTheExitCodeIs2() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(OSV.resolve("ghsa/GHSA-jfh8-c2jp-5v3q.json"), in.resolve("log4j.json"));
    Path bad = Files.writeString(in.resolve("bad.json"), "{\"id\": \"X-1\", \"modified\": 5}");
    Cli.Result r =
        Cli.run("db", "import", in.toString(), "--db", dir.resolve("d.sqlite").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains("imported 2 records")
        .contains("1 new, 0 updated, 0 unchanged, 1 skipped");
    assertThat(r.errLines())
        .containsExactly("error: " + bad + ": modified is not a string (skipped)");
  }

  @Test
  void statusWithoutADatabaseSaysHowToMakeOne() {
    Path none = dir.resolve("none.sqlite");
    Cli.Result r = Cli.run("db", "status", "--db", none.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: "
                + none
                + ": no vulnerability database here; build one with plimsoll db import or plimsoll"
                + " db update");
    assertThat(none).doesNotExist();
  }

  @Test
  void theDatabaseLivesInTheCacheFolderByDefault() throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.toString());
    Cli.Result r = Cli.run(dir, null, env, "db", "import", OSV.resolve("ghsa").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dir.resolve("plimsoll/db.sqlite")).isRegularFile();
    Cli.Result status = Cli.run(dir, null, env, "db", "status", "-f", "json");
    assertThat(JSON.readTree(status.out()).get("advisories").asInt()).isEqualTo(3);
  }

  @Test
  void updateResumesADownloadThatWasCutOffThenImports() throws Exception {
    byte[] zip = allZip(OSV.resolve("ghsa"));
    Path db = dir.resolve("u.sqlite");
    try (CuttingExportServer server = new CuttingExportServer("npm", zip)) {
      List<String> args =
          List.of(
              "db", "update", "--url", server.base(), "--ecosystem", "npm", "--db", db.toString());
      Cli.Result first = Cli.run(args.toArray(String[]::new));
      assertThat(first.exit()).isEqualTo(2);
      assertThat(first.errLines())
          .singleElement()
          .asString()
          .startsWith("error: " + server.base() + "/npm/all.zip: download cut off after ")
          .endsWith("; run the command again to resume");

      Cli.Result second = Cli.run(args.toArray(String[]::new));
      assertThat(second.exit()).as(second.err()).isZero();
      assertThat(server.requests)
          .containsExactly(
              "GET /npm/all.zip HTTP/1.1", "GET /npm/all.zip HTTP/1.1 from " + zip.length / 2);
      assertThat(second.out())
          .contains("npm: ", "from " + server.base() + "/npm/all.zip, resumed at " + zip.length / 2)
          .contains("length checked")
          .contains("3 new");
      // Not a terminal: no progress bar redrawing itself.
      assertThat(second.err()).doesNotContain("\r");
      assertThat(db.resolveSibling("u.sqlite.downloads/npm-all.zip")).doesNotExist();
    }
    Cli.Result status = Cli.run("db", "status", "--db", db.toString(), "--format", "json");
    JsonNode sources = JSON.readTree(status.out()).get("sources");
    assertThat(sources.get(0).get("source").asText()).endsWith("/npm/all.zip");
  }

  /** osv.dev's layout: every record of the ecosystem at the top of one zip. */
  static byte[] allZip(Path folder) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buf);
        var files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(p.getFileName().toString()));
        zip.write(Files.readAllBytes(p));
        zip.closeEntry();
      }
    }
    return buf.toByteArray();
  }
}
