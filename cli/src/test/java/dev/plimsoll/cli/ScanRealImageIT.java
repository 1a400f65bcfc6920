package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll scan docker:TAG} of a real image that the stack's Docker Engine builds from
 * {@code scan-it/real/Dockerfile} on the debootstrap Debian 12: Debian's python3-urllib3, lodash
 * 4.17.15 from the npm registry, log4j-core 2.14.1 from Maven Central and a Go binary of Debian's
 * toolchain, against the whole OSV corpus and the hand-written Debian records of {@code
 * scan-it/debian-osv}. The Dockerfile's {@code # expect:} lines say which advisories each package
 * must have and must not have, at the layer and instruction that brought it in; {@link OsvOracle}
 * checks every reported package both ways; the versions are checked against what the image runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanRealImageIT {
  private static final Path FIXTURES = Path.of("src/test/resources/scan-it");
  private static final Path DEBIAN_RECORDS = FIXTURES.resolve("debian-osv").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one {@code # expect:} line asks of a package; no instruction for the base's layer. */
  private record Expectation(
      int layer, String pkg, List<String> found, List<String> notFound, Optional<String> step) {}

  @TempDir static Path work;
  private DockerStack stack;
  private String tag;
  private List<Expectation> expectations;
  private JsonNode scan;
  private List<JsonNode> vulns;

  @BeforeAll
  void buildImportAndScan() throws IOException {
    stack = DockerStack.get();
    Path project = work.resolve("real");
    Fixtures.copy(FIXTURES.resolve("real"), project);
    expectations = expectations(Files.readAllLines(project.resolve("Dockerfile"), UTF_8));
    tag = "plimsoll-it/scan-real:" + UUID.randomUUID().toString().substring(0, 8);
    List<String> build =
        new ArrayList<>(
            List.of(stack.value("PLIMSOLL_DOCKER"), "build", "--network", "host", "-q", "-t", tag));
    // The machine's CA certificates, for npm behind an HTTPS proxy that the machine trusts.
    Path ca =
        Path.of(
            System.getenv().getOrDefault("SSL_CERT_FILE", "/etc/ssl/certs/ca-certificates.crt"));
    if (Files.isRegularFile(ca)) {
      build.addAll(List.of("--secret", "id=cacerts,src=" + ca));
    }
    build.add(".");
    stack.run(project, null, build, 1200).ok();

    Path db = work.resolve("db.sqlite");
    Cli.Result imported =
        Cli.run(
            "db",
            "import",
            DbCommandIT.OSV.toString(),
            DEBIAN_RECORDS.toString(),
            "--db",
            db.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    scan = scan();
    vulns = new ArrayList<>();
    scan.get("vulnerabilities").forEach(vulns::add);
  }

  @Test
  void eachPackageHasItsAdvisoriesAtTheLayerAndInstructionThatBroughtItIn() {
    assertThat(expectations).hasSizeGreaterThanOrEqualTo(8);
    for (Expectation e : expectations) {
      List<JsonNode> mine = of(e.pkg());
      Set<String> names = new TreeSet<>();
      for (JsonNode v : mine) {
        names.add(v.get("id").asText());
        v.get("aliases").forEach(a -> names.add(a.asText()));
        assertThat(v.get("layer").asInt())
            .as("layer of %s %s", e.pkg(), v.get("id"))
            .isEqualTo(e.layer());
        if (e.step().isPresent()) {
          assertThat(asWritten(v.get("instruction").asText()))
              .as("instruction of %s %s", e.pkg(), v.get("id"))
              .isEqualTo(e.step().get());
        }
      }
      assertThat(names).as("advisories of %s", e.pkg()).containsAll(e.found());
      for (String id : e.notFound()) {
        assertThat(names).as("advisories of %s", e.pkg()).doesNotContain(id);
      }
    }
    assertThat(scan.get("notes")).as("notes").isEmpty();
    assertThat(scan.get("os").asText()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
  }

  @Test
  void noAdvisoryWhoseRangesExcludeTheVersionAndNoneLeftOut() throws IOException {
    OsvOracle oracle = new OsvOracle(DbCommandIT.OSV, DEBIAN_RECORDS);
    Map<String, List<JsonNode>> byPackage = new LinkedHashMap<>();
    for (JsonNode v : vulns) {
      String key = v.get("package").asText() + " " + v.get("version").asText();
      byPackage.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    for (List<JsonNode> group : byPackage.values()) {
      JsonNode first = group.get(0);
      String ecosystem = first.get("ecosystem").asText();
      String name = first.get("matchedName").asText();
      String version = first.get("matchedVersion").asText();
      Set<String> affected = oracle.affected(ecosystem, name, version);
      Set<String> reported = new TreeSet<>();
      for (JsonNode v : group) {
        assertThat(affected)
            .as("%s %s %s", name, version, v.get("id"))
            .contains(v.get("id").asText());
        reported.add(v.get("id").asText());
        v.get("aliases").forEach(a -> reported.add(a.asText()));
      }
      assertThat(reported).as("%s %s: every affecting record", name, version).containsAll(affected);
    }
    // Debian's packages are matched through their source package, at its version, as dpkg says.
    Map<String, String[]> dpkg = dpkg();
    for (Expectation e : expectations) {
      String[] installed = dpkg.get(e.pkg());
      if (installed == null) {
        continue;
      }
      for (JsonNode v : of(e.pkg())) {
        assertThat(v.get("version").asText()).isEqualTo(installed[0]);
        assertThat(v.get("matchedName").asText()).isEqualTo(installed[1]);
        assertThat(v.get("matchedVersion").asText()).isEqualTo(installed[2]);
      }
      // A record that must not be reported names the package, and its range leaves it out; the
      // CVE ids of the markers are the records' aliases, not records.
      Set<String> affected = oracle.affected("Debian:12", installed[1], installed[2]);
      for (String id : e.notFound()) {
        if (!id.startsWith("CVE-")) {
          assertThat(oracle.ids("Debian:12", installed[1])).as(id).contains(id);
          assertThat(affected).as(id).doesNotContain(id);
        }
      }
      for (String id : e.found()) {
        assertThat(id.startsWith("CVE-") || affected.contains(id)).as(id).isTrue();
      }
    }
  }

  @Test
  void anIgnoreFileNamingTheCveLeavesOutTheDebianRecordOfIt() throws IOException {
    Path ignore = Files.writeString(work.resolve("ignore"), "CVE-2011-3374\n");
    JsonNode j = scan("--ignorefile", ignore.toString(), "--no-secrets");
    assertThat(j.get("vulnerabilities").toString()).doesNotContain("DEBIAN-CVE-2011-3374");
    assertThat(j.get("vulnerabilities").size())
        .isEqualTo(vulns.size() - of("apt").size() - of("libapt-pkg6.0").size());
    assertThat(j.get("notes").toString()).contains("left out by the ignore file");
  }

  @Test
  void theVersionsAreWhatTheImageRuns() {
    String go = inImage("hello");
    assertThat(go).startsWith("go1.");
    assertThat(of("stdlib"))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.get("version").asText()).isEqualTo("v" + go.substring(2)));
    String urllib3 = inImage("python3", "-c", "import urllib3; print(urllib3.__version__)");
    assertThat(of("urllib3"))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.get("version").asText()).isEqualTo(urllib3));
  }

  /**
   * {@code plimsoll scan docker:TAG -f json} with {@code more}: log4j-core's GHSA-jfh8-c2jp-5v3q is
   * critical, so the default --fail-on makes the exit code 1.
   */
  private JsonNode scan(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "scan",
                "docker:" + tag,
                "--db",
                work.resolve("db.sqlite").toString(),
                "-f",
                "json"));
    args.addAll(List.of(more));
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    Cli.Result r =
        Cli.run(
            Cli.REPO,
            null,
            Map.of(
                "DOCKER_HOST",
                stack.value("DOCKER_HOST"),
                "PLIMSOLL_JAVA_OPTS",
                "-Djava.io.tmpdir=" + tmp),
            args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    return JSON.readTree(r.out());
  }

  /** What {@code command} prints in a container of the image. */
  private String inImage(String... command) {
    List<String> args = new ArrayList<>(List.of("run", "--rm", tag));
    args.addAll(List.of(command));
    return stack.docker(work, args.toArray(String[]::new)).ok().out().strip();
  }

  private List<JsonNode> of(String pkg) {
    return vulns.stream().filter(v -> v.get("package").asText().equals(pkg)).toList();
  }

  /** Binary package to {version, source package, source version}, as dpkg-query gives them. */
  private Map<String, String[]> dpkg() {
    String out =
        inImage(
            "dpkg-query",
            "-W",
            "-f",
            "${Package} ${Version} ${source:Package} ${source:Version}\\n");
    Map<String, String[]> map = new HashMap<>();
    for (String line : out.lines().toList()) {
      String[] f = line.split(" ", -1);
      map.put(f[0], new String[] {f[1], f[2], f[3]});
    }
    return map;
  }

  /**
   * The {@code # expect: layer N PACKAGE [ID | -ID]...} lines, each with the instruction after them
   * as BuildKit writes it in the history: continuation lines joined, its flags left out, RUN's
   * shell form run by {@code /bin/sh -c}; none for FROM, whose layer is the base image's.
   */
  static List<Expectation> expectations(List<String> lines) {
    List<Expectation> out = new ArrayList<>();
    List<String[]> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("# expect: ")) {
        pending.add(line.substring("# expect: ".length()).split("\\s+"));
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      StringBuilder text = new StringBuilder(lines.get(i));
      while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
        text.setLength(text.length() - 1);
        text.append(lines.get(++i));
      }
      for (String[] w : pending) {
        assertThat(w[0]).isEqualTo("layer");
        List<String> found = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (int k = 3; k < w.length; k++) {
          (w[k].startsWith("-") ? notFound : found).add(w[k].replaceFirst("^-", ""));
        }
        out.add(
            new Expectation(
                Integer.parseInt(w[1]), w[2], found, notFound, historyForm(text.toString())));
      }
      pending.clear();
    }
    return out;
  }

  private static Optional<String> historyForm(String instruction) {
    List<String> words = new ArrayList<>(List.of(instruction.strip().split("\\s+")));
    String keyword = words.remove(0);
    if (keyword.equals("FROM")) {
      return Optional.empty();
    }
    while (!words.isEmpty() && words.get(0).startsWith("--")) {
      words.remove(0);
    }
    String args = String.join(" ", words);
    return Optional.of(keyword.equals("RUN") ? "RUN /bin/sh -c " + args : keyword + " " + args);
  }

  /**
   * A history line without BuildKit's trailing mark, spaces collapsed as in {@link #historyForm}.
   */
  private static String asWritten(String createdBy) {
    return createdBy.replaceFirst(" # buildkit$", "").strip().replaceAll("\\s+", " ");
  }
}
