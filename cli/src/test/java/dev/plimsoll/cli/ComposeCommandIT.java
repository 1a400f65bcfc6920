package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll compose} as a user runs it: the JSON shape, and bad input in one line. */
class ComposeCommandIT {
  @TempDir Path dir;

  @Test
  void jsonListsTheServicesAfterProfilesAndMerging() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [debug]\n");
    Files.writeString(
        dir.resolve("compose.override.yaml"), "services:\n  worker:\n    image: app\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "compose", "--format", "json");

    // nginx without a tag is a warning (compose-image-unpinned), the default --fail-on.
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("tool").asText()).isEqualTo("plimsoll");
    assertThat(json.path("services").toString()).isEqualTo("[\"web\",\"worker\"]");
    assertThat(findings(json))
        .contains(
            "compose-image-unpinned@web compose.yaml:3",
            "compose-image-unpinned@worker compose.override.yaml:3",
            "compose-restart-policy-missing@web compose.yaml:2");

    Cli.Result withProfile =
        Cli.run(dir, null, Map.of(), "compose", "--profile", "debug", "--format", "json");
    assertThat(new ObjectMapper().readTree(withProfile.out()).path("services").toString())
        .isEqualTo("[\"debug\",\"web\",\"worker\"]");
  }

  /**
   * api/Dockerfile: a runtime stage (USER, HEALTHCHECK, EXPOSE 8080, -Xmx1g) and a debug stage
   * built on it that switches to root. Service api builds it with target runtime and context api;
   * worker builds the same file with no target and the project folder as context, where app.sh is
   * missing.
   */
  static void crossFileProject(Path dir) throws Exception {
    Files.createDirectories(dir.resolve("api"));
    Files.writeString(
        dir.resolve("api/Dockerfile"),
        """
        FROM debian:12.5 AS runtime
        USER 10001
        COPY app.sh /app.sh
        HEALTHCHECK CMD ["/app.sh", "health"]
        EXPOSE 8080
        ENV JAVA_OPTS="-Xmx1g"
        CMD ["/app.sh"]

        FROM runtime AS debug
        USER root
        """);
    Files.writeString(dir.resolve("api/app.sh"), "#!/bin/sh\n");
    Files.writeString(
        dir.resolve("compose.yaml"),
        """
        services:
          api:
            build:
              context: ./api
              target: runtime
            ports:
              - "127.0.0.1:8080:80"
            mem_limit: 1g
            healthcheck:
              disable: true
          api-copy:
            build:
              context: ./api
              target: runtime
          worker:
            build:
              context: .
              dockerfile: api/Dockerfile
        """);
  }

  /** Each finding as {@code rule@service file:line}; check's JSON is read the same way. */
  static List<String> findings(JsonNode json) {
    List<String> found = new ArrayList<>();
    json.path("findings")
        .forEach(
            f ->
                found.add(
                    f.path("rule").asText()
                        + "@"
                        + f.path("service").asText()
                        + " "
                        + f.path("file").asText()
                        + ":"
                        + f.path("line").asText()));
    return found;
  }

  @Test
  void eachServiceDockerfileIsLintedWithItsContextAndTarget() throws Exception {
    crossFileProject(dir);

    Cli.Result r = Cli.run(dir, null, Map.of(), "compose", "--format", "json");
    Cli.Result tty = Cli.run(dir, null, Map.of(), "compose", "--no-color");

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    List<String> found = findings(new ObjectMapper().readTree(r.out()));
    assertThat(found)
        .contains(
            // The Dockerfile against the project's compose file and the engine's rules.
            "compose-port-not-exposed@api compose.yaml:7",
            "compose-heap-exceeds-memory-limit@api compose.yaml:8",
            "compose-healthcheck-disables-dockerfile@api compose.yaml:9",
            // worker's context is the project folder, where app.sh is not: found once. Three
            // services build the file, so a finding in it names none of them.
            "copy-source-missing@ api/Dockerfile:3",
            // Without a target the debug stage runs, as root; api's runtime stage does not.
            "run-as-non-root@ api/Dockerfile:10");
    assertThat(found.stream().filter(f -> f.startsWith("copy-source-missing"))).hasSize(1);
    assertThat(found.stream().filter(f -> f.startsWith("run-as-non-root"))).hasSize(1);
    assertThat(tty.out())
        .contains("api/Dockerfile: context api (declared by compose.yaml (services api, api-copy,")
        .contains("target runtime))")
        .contains("api/Dockerfile: context . (declared by compose.yaml (service worker))")
        .contains(
            "service api publishes container port 80/tcp, which its Dockerfile (api/Dockerfile)"
                + " does not EXPOSE; it EXPOSEs 8080")
        .contains("gives its process -Xmx1g (in ENV JAVA_OPTS at api/Dockerfile:6)");
  }

  @Test
  void aMissingDockerfileIsAWarningAndTheComposeFileIsStillAudited() throws Exception {
    Files.writeString(dir.resolve("compose.yaml"), "services:\n  app:\n    build: ./app\n");
    Files.createDirectories(dir.resolve("app"));

    Cli.Result r = Cli.run(dir, null, Map.of(), "compose", "--no-color");

    assertThat(r.errLines())
        .containsExactly("warning: app/Dockerfile: no such file (the Dockerfile of service app)");
    assertThat(r.out()).contains("compose-restart-policy-missing");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void aDockerfileThatIsADeviceIsRefusedInOneLine() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  app:\n    build:\n      context: .\n      dockerfile: /dev/zero\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "compose", "--no-color");

    assertThat(r.errLines()).containsExactly("error: /dev/zero: not a regular file");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void badInputIsOneLineNamingFileAndLineWithExitCode2() throws Exception {
    Files.writeString(
        dir.resolve("bad.yaml"), "services:\n  web:\n    image: nginx\n    ports: 80\n");
    Files.writeString(
        dir.resolve("req.yaml"), "services:\n  web:\n    image: ${TAG:?TAG is needed}\n");

    Cli.Result schema = Cli.run(dir, null, Map.of(), "compose", "bad.yaml");
    Cli.Result required = Cli.run(dir, null, Map.of(), "compose", "req.yaml");
    Cli.Result missing = Cli.run(dir, null, Map.of(), "compose", "--file", "none.yaml");

    assertThat(schema.exit()).isEqualTo(2);
    assertThat(schema.errLines())
        .containsExactly("error: bad.yaml:4: services.web.ports: integer found, array expected");
    assertThat(required.errLines())
        .containsExactly(
            "error: req.yaml:3: services.web.image: required variable TAG is missing a value: TAG is needed");
    assertThat(missing.errLines()).containsExactly("error: none.yaml: no such file");
  }

  @Test
  void printConfigPrintsTheMergedInterpolatedProject() throws Exception {
    Files.writeString(dir.resolve(".env"), "TAG=1.2\n");
    Files.writeString(
        dir.resolve("compose.yaml"),
        "name: demo\nservices:\n  web:\n    image: app:${TAG}\n    command: echo $$HOME\n    restart: \"no\"\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "compose", "--print-config");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "name: demo\nservices:\n  web:\n    image: app:1.2\n    command: echo $$HOME\n    restart: 'no'\n");
  }
}
