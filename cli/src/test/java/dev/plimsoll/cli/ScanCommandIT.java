package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll scan} through bin/plimsoll, against the whole OSV corpus imported with {@code
 * plimsoll db import}, on a folder holding real package metadata: urllib3 1.26.5's METADATA, lodash
 * 4.17.15's package.json and a log4j-core 2.14.1 jar made here with its pom.properties.
 */
class ScanCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The packages of the folder: ecosystem, name, version. */
  private static final List<String[]> PACKAGES =
      List.of(
          new String[] {"PyPI", "urllib3", "1.26.5"},
          new String[] {"npm", "lodash", "4.17.15"},
          new String[] {"Maven", "org.apache.logging.log4j:log4j-core", "2.14.1"});

  @TempDir static Path shared;

  static Path db;
  static Path folder;

  @BeforeAll
  static void importCorpusAndMakeFolder() throws IOException {
    db = shared.resolve("db.sqlite");
    Cli.Result r = Cli.run("db", "import", DbCommandIT.OSV.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    folder = Files.createDirectories(shared.resolve("root"));
    write(
        "usr/lib/python3/dist-packages/urllib3-1.26.5.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: urllib3\nVersion: 1.26.5\nLicense: MIT\n");
    write(
        "app/node_modules/lodash/package.json",
        "{\"name\": \"lodash\", \"version\": \"4.17.15\", \"license\": \"MIT\"}");
    Path jar = Files.createDirectories(folder.resolve("app/lib")).resolve("log4j-core-2.14.1.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(
          new ZipEntry("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties"));
      zip.write(
          "groupId=org.apache.logging.log4j\nartifactId=log4j-core\nversion=2.14.1\n"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    write("app/config.env", "GITHUB_TOKEN=ghp_" + "Zq8WkR3tYvN5pL2xC7mB9dF4hJ6sA1gE0uTi" + "\n");
  }

  private static void write(String path, String text) throws IOException {
    Path p = folder.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static JsonNode scanJson(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("scan", folder.toString(), "--db", db.toString()));
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "json"));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isIn(0, 1);
    return JSON.readTree(r.out());
  }

  @Test
  void findsTheKnownAdvisoriesAndNoneWhoseRangesExcludeTheVersion() throws Exception {
    JsonNode json = scanJson();
    JsonNode vulns = json.get("vulnerabilities");
    Map<String, Set<String>> names = new java.util.HashMap<>();
    for (JsonNode v : vulns) {
      assertThat(v.fieldNames())
          .toIterable()
          .contains(
              "id",
              "aliases",
              "package",
              "version",
              "ecosystem",
              "purl",
              "fixedVersion",
              "severity",
              "layer");
      Set<String> all = names.computeIfAbsent(v.get("package").asText(), k -> new TreeSet<>());
      all.add(v.get("id").asText());
      v.get("aliases").forEach(a -> all.add(a.asText()));
    }
    assertThat(names.get("lodash")).contains("GHSA-p6mc-m468-83gw", "GHSA-35jh-r3h4-6jhm");
    assertThat(names.get("org.apache.logging.log4j:log4j-core")).contains("GHSA-jfh8-c2jp-5v3q");

    // Each package's reported advisories are exactly those the schema's own algorithm, run here
    // over the corpus files, finds: none whose ranges exclude the version, none missing.
    OsvOracle oracle = new OsvOracle(DbCommandIT.OSV);
    for (String[] p : PACKAGES) {
      Set<String> affected = oracle.affected(p[0], p[1], p[2]);
      Set<String> reported = new HashSet<>();
      for (JsonNode v : vulns) {
        if (v.get("package").asText().equals(p[1])) {
          assertThat(v.get("version").asText()).isEqualTo(p[2]);
          assertThat(v.get("ecosystem").asText()).isEqualTo(p[0]);
          assertThat(affected).as("%s %s", p[1], v.get("id")).contains(v.get("id").asText());
          reported.add(v.get("id").asText());
          v.get("aliases").forEach(a -> reported.add(a.asText()));
          assertThat(v.get("layer").isNull()).isTrue();
        }
      }
      assertThat(reported).as("%s: every affecting record is reported", p[1]).containsAll(affected);
    }
    assertThat(names.get("urllib3")).isNotEmpty();
    assertThat(json.get("secrets"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.get("rule").asText()).isEqualTo("github-pat");
              assertThat(s.get("path").asText()).isEqualTo("app/config.env");
              assertThat(s.get("line").asInt()).isEqualTo(1);
            });
    assertThat(json.get("findings").size()).isEqualTo(vulns.size() + 1);
  }

  @Test
  void ttyShowsARowPerVulnerabilityAndTheExitCodeFollowsFailOn() {
    Cli.Result r = Cli.run("scan", folder.toString(), "--db", db.toString(), "--no-secrets");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern("(?m)^  package +version +id +severity +fixed +layer$")
        .containsPattern("(?m)^  lodash +4\\.17\\.15 +GHSA-35jh-r3h4-6jhm +high +4\\.17\\.21 +-$")
        .doesNotContain("secrets");
    Cli.Result none =
        Cli.run("scan", folder.toString(), "--db", db.toString(), "--fail-on", "none");
    assertThat(none.exit()).isZero();
  }

  @Test
  void helpListsEveryFormatScanWritesAndEachOneWorks() {
    String help = Cli.run("scan", "--help").out().replaceAll("\\s+", " ");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("-f, --format=FMT (.*?); default: tty\\.").matcher(help);
    assertThat(m.find()).as(help).isTrue();
    List<String> listed = List.of(m.group(1).split(", "));
    assertThat(listed)
        .containsExactlyInAnyOrder(
            "tty", "json", "sarif", "html", "cyclonedx-json", "checkstyle", "gitlab", "junit");
    for (String format : listed) {
      Cli.Result r =
          Cli.run("scan", folder.toString(), "--db", db.toString(), "--no-secrets", "-f", format);
      assertThat(r.exit()).as(format + ": " + r.err()).isEqualTo(1);
      assertThat(r.out()).as(format).contains("GHSA-35jh-r3h4-6jhm");
    }
    Cli.Result bogus = Cli.run("scan", folder.toString(), "--db", db.toString(), "-f", "xml");
    assertThat(bogus.exit()).isEqualTo(2);
    assertThat(bogus.errLines().get(0))
        .isEqualTo(
            "error: unknown format 'xml'; one of: "
                + String.join(", ", listed)
                + " (see 'plimsoll scan --help')");
  }

  @Test
  void htmlHasARowPerVulnerabilityAndSecret() throws IOException {
    Cli.Result r = Cli.run("scan", folder.toString(), "--db", db.toString(), "--format", "html");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(r.out());
    List<String> lodash =
        page.select("table.vulnerabilities tr:has(td):contains(GHSA-35jh-r3h4-6jhm)").eachText();
    assertThat(lodash).singleElement().asString().contains("lodash npm 4.17.15 4.17.21 -");
    assertThat(page.select("table.vulnerabilities tr:has(td)"))
        .hasSize(scanJson().get("vulnerabilities").size());
    assertThat(page.select("table.secrets tr:has(td)").eachText())
        .containsExactly(
            "critical github-pat GitHub personal access token app/config.env 1 - ghp_****");
    assertThat(r.out()).doesNotContain("Zq8WkR3tYvN5pL2xC7mB9dF4hJ6sA1gE0uTi");
  }

  @Test
  void sarifRulesLinkToTheAdvisoryAndTheDetectorsPage() throws IOException {
    Cli.Result r = Cli.run("scan", folder.toString(), "--db", db.toString(), "--format", "sarif");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode rules = JSON.readTree(r.out()).at("/runs/0/tool/driver/rules");
    Map<String, String> pages = new java.util.HashMap<>();
    rules.forEach(rule -> pages.put(rule.get("id").asText(), rule.get("helpUri").asText()));
    assertThat(pages)
        .containsEntry("GHSA-35jh-r3h4-6jhm", "https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm")
        .containsEntry("github-pat", "https://plimsoll.dev/docs/secrets#detectors");
    for (JsonNode v : scanJson().get("vulnerabilities")) {
      assertThat(v.get("url").asText())
          .isEqualTo("https://osv.dev/vulnerability/" + v.get("id").asText());
    }
  }

  @Test
  void filtersLeaveOutWhatTheyNameAndSaySo() throws Exception {
    Path ignore = Files.writeString(shared.resolve("ignore"), "GHSA-jfh8-c2jp-5v3q\n");
    JsonNode json =
        scanJson("--severity", "critical", "--ignore-unfixed", "--ignorefile", ignore.toString());
    for (JsonNode v : json.get("vulnerabilities")) {
      assertThat(v.get("severity").asText()).isEqualTo("critical");
      assertThat(v.get("fixedVersion").isNull()).isFalse();
      assertThat(v.get("id").asText()).isNotEqualTo("GHSA-jfh8-c2jp-5v3q");
    }
    assertThat(json.get("notes").toString())
        .contains("left out by --severity")
        .contains("1 left out by the ignore file");
  }

  @Test
  void theConfigurationFilesSecretsSectionAllowsAndDisables() throws Exception {
    Path byPath =
        Files.writeString(shared.resolve("paths.yaml"), "secrets:\n  allow-paths: [/app]\n");
    assertThat(scanJson("--config", byPath.toString()).get("secrets")).isEmpty();
    Path byValue =
        Files.writeString(
            shared.resolve("values.yaml"), "secrets:\n  allow-values: ['^ghp_Zq8W']\n");
    assertThat(scanJson("--config", byValue.toString()).get("secrets")).isEmpty();
    // With github-pat off, the token is still a value assigned to a name ending in TOKEN.
    Path off = Files.writeString(shared.resolve("off.yaml"), "secrets:\n  disable: [github-pat]\n");
    assertThat(scanJson("--config", off.toString()).get("secrets").findValuesAsText("rule"))
        .containsExactly("generic-secret-assignment");
    Path both =
        Files.writeString(
            shared.resolve("both.yaml"),
            "secrets:\n  disable: [github-pat, generic-secret-assignment]\n");
    assertThat(scanJson("--config", both.toString()).get("secrets")).isEmpty();
    Path other = Files.writeString(shared.resolve("other.yaml"), "secrets:\n  disable: [jwt]\n");
    assertThat(scanJson("--config", other.toString()).get("secrets")).hasSize(1);
    Path bad = Files.writeString(shared.resolve("bad.yaml"), "secrets:\n  disable: [nope]\n");
    Cli.Result r =
        Cli.run("scan", folder.toString(), "--db", db.toString(), "--config", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains(bad.toString())
        .contains("secrets.disable: unknown detector nope");
  }

  @Test
  void badInputIsOneLineAndExit2() throws IOException {
    Cli.Result noDb =
        Cli.run("scan", folder.toString(), "--db", shared.resolve("none.sqlite").toString());
    assertThat(noDb.exit()).isEqualTo(2);
    assertThat(noDb.errLines()).singleElement().asString().contains("no vulnerability database");
    Cli.Result level = Cli.run("scan", folder.toString(), "--severity", "urgent");
    assertThat(level.exit()).isEqualTo(2);
    assertThat(level.errLines()).singleElement().asString().contains("'urgent'");
    Path vex = Files.writeString(shared.resolve("bad.vex.json"), "{\"statements\": 5");
    Cli.Result badVex =
        Cli.run("scan", folder.toString(), "--db", db.toString(), "--vex", vex.toString());
    assertThat(badVex.exit()).isEqualTo(2);
    assertThat(badVex.errLines()).singleElement().asString().contains(vex.toString());
  }
}
