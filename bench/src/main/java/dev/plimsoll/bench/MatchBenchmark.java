package dev.plimsoll.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import dev.plimsoll.inventory.Ecosystem;
import dev.plimsoll.inventory.FoundPackage;
import dev.plimsoll.inventory.Inventory;
import dev.plimsoll.vulnerability.db.ImportListener;
import dev.plimsoll.vulnerability.db.VulnerabilityDb;
import dev.plimsoll.vulnerability.match.MatchResult;
import dev.plimsoll.vulnerability.match.Matcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Match throughput in packages per second against the whole OSV corpus (Go, PyPI and GitHub
 * records, about 7,000), imported once into a fresh database as {@code plimsoll db import} does.
 * One operation is one package: {@value #PACKAGES} packages the corpus names, spread evenly over
 * its sorted package names, each at a version some record gives (an {@code introduced} other than
 * 0, else a listed version, else a {@code fixed}), so most are looked up, range-checked and found
 * vulnerable; and as many packages no record names, which is what most of an image's packages are.
 * Each invocation matches with a new {@link Matcher}, as a scan does. Run by scripts/bench-scan.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MatchBenchmark {
  /** Packages per invocation; OperationsPerInvocation needs a constant. */
  static final int PACKAGES = 1000;

  private static final Map<String, Ecosystem> ECOSYSTEMS =
      Map.of(
          "Go",
          Ecosystem.GOLANG,
          "PyPI",
          Ecosystem.PYPI,
          "npm",
          Ecosystem.NPM,
          "Maven",
          Ecosystem.MAVEN);

  /** The corpus folder; scripts/bench-scan.sh passes the shared one. */
  @Param({"../../shared/corpus/osv"})
  public String corpus;

  private Path dir;
  private VulnerabilityDb db;
  private Inventory known;
  private Inventory unknown;

  @Setup
  public void importCorpus() throws IOException, BadInputException {
    dir = Files.createTempDirectory("plimsoll-match-bench");
    db = VulnerabilityDb.openOrCreate(dir.resolve("db.sqlite"));
    db.importPaths(List.of(Path.of(corpus)), ImportListener.NONE);
    Map<String, FoundPackage> named = namedPackages(Path.of(corpus));
    List<FoundPackage> all = new ArrayList<>(named.values());
    if (all.size() < PACKAGES) {
      throw new IllegalStateException(corpus + " names only " + all.size() + " packages");
    }
    List<FoundPackage> spread = new ArrayList<>(PACKAGES);
    List<FoundPackage> none = new ArrayList<>(PACKAGES);
    for (int i = 0; i < PACKAGES; i++) {
      FoundPackage p = all.get((int) ((long) i * all.size() / PACKAGES));
      spread.add(p);
      none.add(pkg(p.ecosystem(), "plimsoll-bench-unnamed-" + i, p.version()));
    }
    known = new Inventory(Optional.empty(), spread, List.of());
    unknown = new Inventory(Optional.empty(), none, List.of());
  }

  @TearDown
  public void close() throws IOException {
    db.close();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Packages the corpus has records for. */
  @Benchmark
  @OperationsPerInvocation(PACKAGES)
  public MatchResult namedPackages() throws BadInputException {
    return new Matcher(db).match(known);
  }

  /** Packages it has none for: one lookup each. */
  @Benchmark
  @OperationsPerInvocation(PACKAGES)
  public MatchResult unnamedPackages() throws BadInputException {
    return new Matcher(db).match(unknown);
  }

  /** One package per ecosystem and name the corpus's records affect, sorted. */
  private static Map<String, FoundPackage> namedPackages(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, FoundPackage> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode a : json.readTree(f.toFile()).path("affected")) {
        Ecosystem e = ECOSYSTEMS.get(a.path("package").path("ecosystem").asText());
        String name = a.path("package").path("name").asText();
        Optional<String> version = versionOf(a);
        if (e != null && !name.isEmpty() && version.isPresent()) {
          out.putIfAbsent(e + " " + name, pkg(e, name, version.get()));
        }
      }
    }
    return out;
  }

  private static Optional<String> versionOf(JsonNode affected) {
    List<String> introduced = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (JsonNode r : affected.path("ranges")) {
      if (r.path("type").asText().equals("GIT")) {
        continue;
      }
      for (JsonNode e : r.path("events")) {
        if (e.has("introduced") && !e.get("introduced").asText().equals("0")) {
          introduced.add(e.get("introduced").asText());
        }
        if (e.has("fixed")) {
          fixed.add(e.get("fixed").asText());
        }
      }
    }
    if (!introduced.isEmpty()) {
      return Optional.of(introduced.get(0));
    }
    if (affected.path("versions").size() > 0) {
      return Optional.of(affected.path("versions").get(0).asText());
    }
    return fixed.stream().findFirst();
  }

  private static FoundPackage pkg(Ecosystem e, String name, String version) {
    return new FoundPackage(
        e,
        name,
        version,
        "pkg:" + e.purlType() + "/" + name + "@" + version,
        Optional.empty(),
        List.of(),
        "bench",
        OptionalInt.empty(),
        Optional.empty());
  }
}
