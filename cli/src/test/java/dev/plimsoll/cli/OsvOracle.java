package dev.plimsoll.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.vulnerability.version.InvalidVersionException;
import dev.plimsoll.vulnerability.version.VersionComparer;
import dev.plimsoll.vulnerability.version.VersionComparers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which OSV records affect a package version, worked out here from the JSON files themselves by the
 * OSV schema's Evaluation pseudocode (events sorted, the last one reached decides), apart from
 * Plimsoll's database and matcher, so that the ITs can check a scan both ways: nothing reported
 * whose ranges exclude the version, nothing affecting it left out. Only the version order is
 * Plimsoll's (VersionComparers, itself tested against ../shared/corpus/version-ordering). Maven's
 * order is not transitive in general, but on these records' versions it is.
 */
final class OsvOracle {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each record's {@code affected} entries, by ecosystem and lower-cased package name. */
  private final Map<String, List<Affected>> byPackage = new HashMap<>();

  private record Affected(String id, JsonNode entry) {}

  /** The records of every {@code .json} file under {@code folders}, withdrawn ones left out. */
  OsvOracle(Path... folders) {
    for (Path folder : folders) {
      try (Stream<Path> s = Files.walk(folder)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
          JsonNode rec = JSON.readTree(f.toFile());
          if (rec.hasNonNull("withdrawn")) {
            continue;
          }
          for (JsonNode a : rec.path("affected")) {
            JsonNode pkg = a.path("package");
            byPackage
                .computeIfAbsent(
                    key(pkg.path("ecosystem").asText(), pkg.path("name").asText()),
                    k -> new ArrayList<>())
                .add(new Affected(rec.get("id").asText(), a));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String key(String ecosystem, String name) {
    return ecosystem + " " + name.toLowerCase(Locale.ROOT);
  }

  /** The ids of the records whose ranges or versions include {@code version} of the package. */
  Set<String> affected(String ecosystem, String name, String version) {
    VersionComparer order = VersionComparers.forEcosystem(ecosystem);
    Set<String> out = new TreeSet<>();
    for (Affected a : byPackage.getOrDefault(key(ecosystem, name), List.of())) {
      if (affects(a.entry(), version, order)) {
        out.add(a.id());
      }
    }
    return out;
  }

  /** The ids of every record naming the package, whatever their ranges. */
  Set<String> ids(String ecosystem, String name) {
    Set<String> out = new TreeSet<>();
    byPackage.getOrDefault(key(ecosystem, name), List.of()).forEach(a -> out.add(a.id()));
    return out;
  }

  private static boolean affects(JsonNode affected, String version, VersionComparer order) {
    for (JsonNode v : affected.path("versions")) {
      if (v.asText().equals(version)) {
        return true;
      }
    }
    for (JsonNode range : affected.path("ranges")) {
      if (range.path("type").asText().equals("GIT")) {
        continue;
      }
      List<String[]> events = new ArrayList<>();
      range
          .path("events")
          .forEach(
              e -> {
                String kind = e.fieldNames().next();
                events.add(new String[] {kind, e.get(kind).asText()});
              });
      events.sort((x, y) -> compare(order, x[1], y[1]));
      boolean vulnerable = false;
      for (String[] e : events) {
        switch (e[0]) {
          case "introduced" -> vulnerable |= e[1].equals("0") || compare(order, version, e[1]) >= 0;
          case "fixed" -> vulnerable &= compare(order, version, e[1]) < 0;
          case "last_affected" -> vulnerable &= compare(order, version, e[1]) <= 0;
          default -> {}
        }
      }
      if (vulnerable) {
        return true;
      }
    }
    return false;
  }

  private static int compare(VersionComparer order, String a, String b) {
    if (a.equals("0") || b.equals("0")) {
      return a.equals(b) ? 0 : a.equals("0") ? -1 : 1;
    }
    try {
      return order.compare(a, b);
    } catch (InvalidVersionException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
