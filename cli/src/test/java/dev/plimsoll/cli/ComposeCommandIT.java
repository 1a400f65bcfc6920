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
    assertThat(found)
        .contains(
            "compose-image-unpinned@web compose.yaml:3",
            "compose-image-unpinned@worker compose.override.yaml:3",
            "compose-restart-policy-missing@web compose.yaml:2");

    Cli.Result withProfile =
        Cli.run(dir, null, Map.of(), "compose", "--profile", "debug", "--format", "json");
    assertThat(new ObjectMapper().readTree(withProfile.out()).path("services").toString())
        .isEqualTo("[\"debug\",\"web\",\"worker\"]");
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
