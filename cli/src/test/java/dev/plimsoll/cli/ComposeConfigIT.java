package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plimsoll compose --print-config} against Debian's {@code docker-compose config} (1.29,
 * installed by the test stack) on every awesome-compose project, field by field for what both
 * print: each service's image, build context/dockerfile/target, ports, environment, volumes,
 * depends_on, restart, healthcheck, networks and command.
 *
 * <p>Deliberate differences, where the Compose Specification moved on from the 1.29 file format
 * (and Plimsoll prints what docker compose v2 prints), are normalized away before comparing:
 *
 * <ul>
 *   <li>{@code version:} is dropped (obsolete in the specification); {@code name:} is printed;
 *   <li>ports: long syntax with {@code mode: ingress}, {@code protocol: tcp} and {@code published}
 *       as a string; 1.29 omits the protocol and prints {@code published} as a number;
 *   <li>volumes: long syntax with {@code type}; 1.29 keeps the short {@code SRC:DST:rw} string;
 *   <li>depends_on carries {@code required: true}; env_file is {@code [{path, required}]};
 *   <li>a string healthcheck test is {@code [CMD-SHELL, ...]};
 *   <li>the output is YAML 1.2: strings YAML 1.1 would read as booleans are quoted.
 * </ul>
 *
 * 1.29 needs every build context to exist, so the projects are copied to a folder where the
 * contexts and env files are created empty.
 */
class ComposeConfigIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  static Stream<String> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(Cli.CORPUS.resolve("compose/awesome-compose"))) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("projects")
  void printsWhatDockerComposeConfigPrints(String name) throws IOException {
    DockerStack stack = DockerStack.get();
    Path project = tmp.resolve(name);
    Files.createDirectories(project);
    try (Stream<Path> files =
        Files.list(Cli.CORPUS.resolve("compose/awesome-compose").resolve(name))) {
      for (Path f : files.toList()) {
        Files.copy(f, project.resolve(f.getFileName()));
      }
    }
    Cli.Result ours = Cli.run(project, null, Map.of(), "compose", "--print-config");
    assertThat(ours.exit()).as(ours.err()).isZero();
    JsonNode mine = YAML.readTree(ours.out());
    createContexts(mine);

    // 1.29 predates the top-level name: (Compose Specification); it gets a copy without it.
    Path file =
        Files.isRegularFile(project.resolve("compose.yaml"))
            ? project.resolve("compose.yaml")
            : project.resolve("compose.yml");
    Path for129 = project.resolve(".compose-1.29.yaml");
    Files.writeString(for129, Files.readString(file).replaceAll("(?m)^name:.*$", ""));
    DockerStack.Result theirs =
        stack
            .compose(
                project,
                "-f",
                for129.toString(),
                "--project-directory",
                project.toString(),
                "config")
            .ok();
    JsonNode reference = YAML.readTree(theirs.out());

    assertThat(mine.path("name").asText()).isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
    assertThat(mine.has("version")).isFalse();
    assertThat(names(mine.path("services"))).isEqualTo(names(reference.path("services")));
    for (String service : names(reference.path("services"))) {
      assertThat(fields(mine.path("services").path(service)))
          .as(name + " service " + service)
          .isEqualTo(fields(reference.path("services").path(service)));
    }
    assertThat(names(mine.path("volumes"))).isEqualTo(names(reference.path("volumes")));
    assertThat(names(mine.path("networks"))).isEqualTo(names(reference.path("networks")));
  }

  private static void createContexts(JsonNode config) throws IOException {
    for (JsonNode s : config.path("services")) {
      String ctx = s.path("build").path("context").asText("");
      if (ctx.startsWith("/")) {
        Files.createDirectories(Path.of(ctx));
      }
      for (JsonNode f : s.path("env_file")) {
        Path p = Path.of(f.path("path").asText());
        Files.createDirectories(p.getParent());
        if (!Files.exists(p)) {
          Files.createFile(p);
        }
      }
    }
  }

  private static java.util.SortedSet<String> names(JsonNode map) {
    TreeSet<String> out = new TreeSet<>();
    map.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The fields both tools print, in one representation. */
  private static Map<String, Object> fields(JsonNode s) {
    Map<String, Object> out = new TreeMap<>();
    out.put("image", s.path("image").asText(""));
    JsonNode b = s.path("build");
    out.put(
        "build",
        b.path("context").asText("")
            + "|"
            + b.path("dockerfile").asText("Dockerfile")
            + "|"
            + b.path("target").asText(""));
    TreeSet<String> ports = new TreeSet<>();
    for (JsonNode p : s.path("ports")) {
      ports.add(
          p.path("host_ip").asText("")
              + "|"
              + p.path("published").asText("")
              + "|"
              + p.path("target").asText()
              + "|"
              + p.path("protocol").asText("tcp"));
    }
    out.put("ports", ports);
    Map<String, String> env = new TreeMap<>();
    s.path("environment")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
    out.put("environment", env);
    TreeSet<String> volumes = new TreeSet<>();
    for (JsonNode v : s.path("volumes")) {
      volumes.add(
          v.isTextual()
              ? shortVolume(v.asText())
              : v.path("type").asText()
                  + "|"
                  + v.path("source").asText("")
                  + "|"
                  + target(v.path("target").asText())
                  + "|"
                  + v.path("read_only").asBoolean(false));
    }
    out.put("volumes", volumes);
    Map<String, String> deps = new TreeMap<>();
    s.path("depends_on")
        .properties()
        .forEach(e -> deps.put(e.getKey(), e.getValue().path("condition").asText()));
    out.put("depends_on", deps);
    out.put("restart", s.path("restart").asText(""));
    JsonNode h = s.path("healthcheck");
    List<String> test = new ArrayList<>();
    if (h.path("test").isTextual()) {
      test.add("CMD-SHELL");
      test.add(h.path("test").asText());
    } else {
      h.path("test").forEach(t -> test.add(t.asText()));
    }
    out.put(
        "healthcheck",
        test
            + "|"
            + h.path("interval").asText("")
            + "|"
            + h.path("timeout").asText("")
            + "|"
            + h.path("retries").asText("")
            + "|"
            + h.path("start_period").asText(""));
    out.put(
        "networks",
        s.path("networks").isArray() ? arrayNames(s.path("networks")) : names(s.path("networks")));
    out.put("command", s.path("command").toString());
    return out;
  }

  private static java.util.SortedSet<String> arrayNames(JsonNode list) {
    TreeSet<String> out = new TreeSet<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** 1.29's {@code SRC:DST[:MODE]} volume string, in the long form's terms. */
  private static String shortVolume(String v) {
    String[] parts = v.split(":", -1);
    if (parts.length == 1) {
      return "volume||" + parts[0] + "|false";
    }
    boolean ro = parts.length > 2 && List.of(parts[2].split(",", -1)).contains("ro");
    String type = parts[0].startsWith("/") ? "bind" : "volume";
    // An empty source (plex: ${PLEX_MEDIA_PATH} unset) is "." for 1.29; for compose v2 and
    // Plimsoll it leaves an anonymous volume.
    String source = parts[0].equals(".") ? "" : parts[0];
    return type + "|" + source + "|" + target(parts[1]) + "|" + ro;
  }

  /** 1.29 drops a container path's trailing slash; Plimsoll keeps it as written, as v2 does. */
  private static String target(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
