package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project of {@code compose-up/} run for real: Debian's docker-compose 1.29 starts it on the
 * stack's Docker Engine, and what the engine holds for each container (read over the Engine API)
 * must be what {@code plimsoll compose --print-config} loads from the same files: the services,
 * health test and timing, memory and CPU limits, user, network mode, read-only root, restart policy
 * and environment. The engine's events must show that app was created and started only after db had
 * failed a health check and then turned healthy, as {@code depends_on: service_healthy} asks. And
 * the production and security findings of {@code -f json} must agree with what the engine runs: no
 * healthcheck, no limit, a writable root, root, no restart policy, the default capabilities, no
 * no-new-privileges, a json-file log without max-size, a host namespace.
 */
class ComposeUpIT {
  private static final Path FIXTURE = Path.of("src/test/resources/compose-up");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HEALTHY_WITHIN_SECONDS = 45;

  @TempDir Path tmp;

  @Test
  @SuppressWarnings("try") // the resource is only there to take the project down
  void theEngineRunsWhatPlimsollLoads() throws Exception {
    DockerStack stack = DockerStack.get();
    EngineApi engine = new EngineApi(stack.value("DOCKER_HOST"));
    Path dir = Fixtures.copy(FIXTURE, tmp.resolve("compose-up"));
    String project = "plimsoll-up-" + UUID.randomUUID().toString().substring(0, 8);
    String label = "com.docker.compose.project=" + project;
    long since = Instant.now().getEpochSecond() - 1;
    // Closed after the checks, and when they fail its own failure is only added to theirs. --rmi
    // local: the db image compose built under the project's name.
    try (AutoCloseable down =
        () -> stack.compose(dir, "-p", project, "down", "-v", "--rmi", "local", "-t", "1").ok()) {
      // --compatibility: 1.29 applies deploy.resources.limits only with it.
      stack.compose(dir, "--compatibility", "-p", project, "up", "-d").ok();
      Map<String, JsonNode> running = waitUntilHealthy(engine, label, Set.of("db", "app"));

      Cli.Result printed = Cli.run(dir, null, Map.of(), "compose", "-p", project, "--print-config");
      assertThat(printed.exit()).as(printed.err()).isZero();
      JsonNode services = YAML.readTree(printed.out()).path("services");
      assertThat(names(services)).isEqualTo(running.keySet());
      for (String name : running.keySet()) {
        JsonNode container = running.get(name);
        Map<String, Object> engineSide = EngineView.ofContainer(container, running);
        JsonNode image = engine.image(container.path("Image").asText());
        assertThat(EngineView.ofService(services.path(name), image, engineSide))
            .as("service " + name + ": plimsoll's view, then the engine's")
            .isEqualTo(engineSide);
      }

      List<JsonNode> events = engine.events(since, Instant.now().getEpochSecond(), label);
      long dbHealthy = first(events, "db", "health_status: healthy");
      assertThat(failedChecksBefore(events, "db", dbHealthy))
          .as("db failed health checks before it was healthy")
          .isPositive();
      assertThat(first(events, "app", "create")).isGreaterThan(dbHealthy);
      assertThat(first(events, "app", "start")).isGreaterThan(dbHealthy);
      Instant appStarted =
          Instant.parse(running.get("app").path("State").path("StartedAt").asText());
      assertThat(appStarted.getEpochSecond() * 1_000_000_000L + appStarted.getNano())
          .isGreaterThan(dbHealthy);

      Cli.Result report = Cli.run(dir, null, Map.of(), "compose", "-p", project, "-f", "json");
      JsonNode json = JSON.readTree(report.out());
      assertThat(json.path("project").asText()).isEqualTo(project);
      Set<String> listed = new TreeSet<>();
      json.path("services").forEach(s -> listed.add(s.asText()));
      assertThat(listed).isEqualTo(running.keySet());
      Map<String, Set<String>> found = new TreeMap<>();
      Map<String, Set<String>> shown = new TreeMap<>();
      for (String name : running.keySet()) {
        found.put(name, new TreeSet<>());
        shown.put(name, EngineView.productionGaps(running.get(name)));
      }
      json.path("findings")
          .forEach(
              f -> {
                if (EngineView.GAP_RULES.contains(f.path("rule").asText())) {
                  found.get(f.path("service").asText()).add(f.path("rule").asText());
                }
              });
      assertThat(found).as("the findings on what the engine shows").isEqualTo(shown);
      assertThat(shown.get("idle")).isEqualTo(EngineView.GAP_RULES);
    }
  }

  /**
   * The project's containers by service once those of {@code healthy} are; fails after {@link
   * #HEALTHY_WITHIN_SECONDS} with their health logs.
   */
  private static Map<String, JsonNode> waitUntilHealthy(
      EngineApi engine, String label, Set<String> healthy) throws InterruptedException {
    long deadline = System.nanoTime() + HEALTHY_WITHIN_SECONDS * 1_000_000_000L;
    while (true) {
      Map<String, JsonNode> byService = new TreeMap<>();
      for (JsonNode c : engine.containers(label)) {
        JsonNode inspected = engine.inspect(c.path("Id").asText());
        byService.put(
            inspected.path("Config").path("Labels").path("com.docker.compose.service").asText(),
            inspected);
      }
      List<String> waiting = new ArrayList<>();
      for (String s : healthy) {
        JsonNode health = byService.getOrDefault(s, JSON.nullNode()).path("State").path("Health");
        if (!health.path("Status").asText().equals("healthy")) {
          waiting.add(s + ": " + health);
        }
      }
      if (waiting.isEmpty()) {
        return byService;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "not healthy in " + HEALTHY_WITHIN_SECONDS + " s: " + String.join("\n", waiting));
      }
      Thread.sleep(250);
    }
  }

  /** When {@code service}'s container first had the event {@code action}, in Unix nanoseconds. */
  private static long first(List<JsonNode> events, String service, String action) {
    return events.stream()
        .filter(e -> e.path("Action").asText().equals(action) && service(e).equals(service))
        .mapToLong(e -> e.path("timeNano").asLong())
        .min()
        .orElseThrow(() -> new AssertionError("no event " + action + " for " + service));
  }

  /** Health checks of {@code service} that ended with a non-zero exit before {@code time}. */
  private static long failedChecksBefore(List<JsonNode> events, String service, long time) {
    return events.stream()
        .filter(e -> e.path("Action").asText().equals("exec_die") && service(e).equals(service))
        .filter(e -> !e.path("Actor").path("Attributes").path("exitCode").asText().equals("0"))
        .filter(e -> e.path("timeNano").asLong() < time)
        .count();
  }

  private static String service(JsonNode event) {
    return event.path("Actor").path("Attributes").path("com.docker.compose.service").asText();
  }

  private static Set<String> names(JsonNode map) {
    Set<String> out = new TreeSet<>();
    map.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
