package dev.plimsoll.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.rules.LintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The 39 awesome-compose projects through every compose rule. */
class AwesomeComposeRulesTest {
  static final Path CORPUS =
      Path.of(System.getProperty("plimsoll.corpus"), "compose", "awesome-compose");

  static List<ComposeFinding> all() throws Exception {
    List<Path> projects;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      projects = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(projects).hasSize(39);
    List<ComposeFinding> out = new java.util.ArrayList<>();
    for (Path p : projects) {
      for (ComposeFinding f :
          new ComposeLint(LintConfig.DEFAULT).check(Compose.load(ComposeOptions.in(p)))) {
        // The project's folder in front of the file, so that a finding says which project.
        out.add(
            new ComposeFinding(
                new dev.plimsoll.rules.Finding(
                    f.finding().rule(),
                    f.finding().aliases(),
                    f.finding().severity(),
                    f.finding().message(),
                    p.getFileName() + "/" + f.finding().file(),
                    f.finding().line(),
                    f.finding().column(),
                    f.finding().endLine()),
                f.service()));
      }
    }
    return out;
  }

  /**
   * Counts per rule, checked against the files: 81 services; none drops capabilities, sets
   * no-new-privileges, read_only, logging or a CPU limit (minecraft alone has a memory limit); 9
   * have a healthcheck and none of the 37 built ones has a Dockerfile in the corpus (it holds only
   * compose files), so 72 lack one; 42 set restart; 44 pulled images without user: (gitea's db has
   * user: postgres). The cross-file rules (healthcheck, EXPOSE and heap against the Dockerfile)
   * find nothing: there is no Dockerfile, and the one memory limit (minecraft) comes with no heap
   * flag (ES_JAVA_OPTS and LS_JAVA_OPTS set -Xmx512m, on services without a limit).
   */
  @Test
  void findingsPerRule() throws Exception {
    List<ComposeFinding> found = all();
    Map<String, Integer> counts = new TreeMap<>();
    found.forEach(f -> counts.merge(f.finding().rule(), 1, Integer::sum));
    assertThat(counts)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry("compose-capabilities-not-dropped", 81),
                    Map.entry("compose-depends-on-unhealthy", 6),
                    Map.entry("compose-docker-socket-mounted", 2),
                    Map.entry("compose-healthcheck-missing", 72),
                    Map.entry("compose-host-namespace", 1),
                    Map.entry("compose-image-unpinned", 20),
                    Map.entry("compose-logging-unbounded", 81),
                    Map.entry("compose-no-new-privileges-missing", 81),
                    Map.entry("compose-port-all-interfaces", 10),
                    Map.entry("compose-read-only-missing", 81),
                    Map.entry("compose-resource-limits-missing", 81),
                    Map.entry("compose-restart-policy-missing", 39),
                    Map.entry("compose-runs-as-root", 44),
                    Map.entry("compose-secret-in-environment", 17),
                    Map.entry("compose-undefined-variable", 16))));
    assertThat(found)
        .extracting(f -> f.finding().rule() + "@" + f.service().orElse("") + " " + where(f))
        .contains(
            "compose-docker-socket-mounted@portainer portainer/compose.yaml:9",
            "compose-host-namespace@plex plex/compose.yaml:5",
            "compose-undefined-variable@plex plex/compose.yaml:10",
            "compose-port-all-interfaces@postgres postgresql-pgadmin/compose.yaml:10",
            "compose-depends-on-unhealthy@logstash elasticsearch-logstash-kibana/compose.yaml:33",
            "compose-secret-in-environment@db aspnet-mssql/compose.yaml:9");
  }

  private static String where(ComposeFinding f) {
    return f.finding().file() + ":" + f.finding().line();
  }
}
