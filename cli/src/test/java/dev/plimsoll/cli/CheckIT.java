package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll check [DIR]}: each Dockerfile linted with the context it is built from. */
class CheckIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Root Dockerfile; services/api whose sources sit beside it; docker/web.Dockerfile whose sources
   * sit at the root; worker/Dockerfile whose context compose declares as the root.
   */
  private static Path project(Path dir) throws IOException {
    write(dir, "Dockerfile", "FROM alpine:3.19\nCOPY README.md /README.md\n");
    write(dir, "README.md", "hello\n");
    write(dir, "services/api/Dockerfile", "FROM alpine:3.19\nCOPY app.py requirements.txt /app/\n");
    write(dir, "services/api/app.py", "print(1)\n");
    write(dir, "services/api/requirements.txt", "flask\n");
    write(dir, "docker/web.Dockerfile", "FROM alpine:3.19\nCOPY web/index.html /srv/\n");
    write(dir, "web/index.html", "<p>\n");
    // Nothing that worker copies exists anywhere: only compose says which folder is meant.
    write(dir, "worker/Dockerfile", "FROM alpine:3.19\nCOPY worker/job.sh /job.sh\n");
    write(
        dir,
        "compose.yaml",
        "services:\n  worker:\n    build:\n      context: .\n      dockerfile:"
            + " worker/Dockerfile\n");
    return dir;
  }

  private static void write(Path dir, String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void eachDockerfileGetsTheContextItsSourcesAreIn(@TempDir Path dir) throws IOException {
    project(dir);

    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "--no-shellcheck", "--no-color");

    assertThat(r.out())
        .contains("Dockerfile: context . (1 of 1 COPY/ADD sources found there)")
        .contains("services/api/Dockerfile: context services/api (2 of 2 COPY/ADD sources")
        .contains("docker/web.Dockerfile: context . (1 of 1 COPY/ADD sources found there)")
        .contains("worker/Dockerfile: context . (declared by compose.yaml (service worker))");
    // The worker's source is missing from the context compose names, and only there is it found.
    assertThat(r.out()).contains("copy-source-missing").contains("\"worker/job.sh\"");
    assertThat(r.out().lines().filter(l -> l.contains("copy-source-missing"))).hasSize(1);
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void jsonNamesEachContextAndWhy(@TempDir Path dir) throws IOException {
    project(dir);
    Files.delete(dir.resolve("worker/Dockerfile"));

    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "--no-shellcheck", "-f", "json");

    assertThat(r.out())
        .contains("\"contexts\"")
        .contains("\"dockerfile\": \"services/api/Dockerfile\"")
        .contains("\"context\": \"services/api\"")
        .doesNotContain("copy-source-missing");
    // compose.yaml is audited too: its service has no restart policy (a warning, the default
    // --fail-on), and the Dockerfile it builds is gone.
    assertThat(r.out()).contains("\"rule\": \"compose-restart-policy-missing\"");
    assertThat(r.errLines())
        .containsExactly(
            "warning: worker/Dockerfile: no such file (the Dockerfile of service worker)");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void aFolderArgumentIsTheProject(@TempDir Path dir) throws IOException {
    project(dir.resolve("proj"));

    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "--no-shellcheck", "--no-color", "proj");

    assertThat(r.out())
        .contains("proj/services/api/Dockerfile: context proj/services/api")
        .contains("proj/worker/Dockerfile: context proj (declared by proj/compose.yaml");
  }

  @Test
  void composeFilesAreAuditedAndTheirBuildsLintedOnce(@TempDir Path dir) throws Exception {
    ComposeCommandIT.crossFileProject(dir);

    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "--no-shellcheck", "--no-color");

    assertThat(r.out())
        .contains("api/Dockerfile: context api (declared by compose.yaml (services api, api-copy,")
        .contains("api/Dockerfile: context . (declared by compose.yaml (service worker))")
        .contains("compose.yaml:7 warning compose-port-not-exposed")
        .contains("compose.yaml:8 warning compose-heap-exceeds-memory-limit")
        .contains("compose.yaml:9 warning compose-healthcheck-disables-dockerfile")
        .doesNotContain("COPY/ADD sources found there");
    // Linted with compose's two builds only, not a third time on its own.
    assertThat(r.out().lines().filter(l -> l.contains("copy-source-missing"))).hasSize(1);
    assertThat(r.out().lines().filter(l -> l.contains(" run-as-non-root"))).hasSize(1);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(Cli.run(dir, null, Map.of(), "check", "--help").out())
        .contains("Compose files are audited as plimsoll compose audits them")
        .doesNotContain("not audited");
  }

  @Test
  void jsonFindingsNameTheirServiceAsComposeJsonDoes(@TempDir Path dir) throws Exception {
    ComposeCommandIT.crossFileProject(dir);
    write(dir, "web/Dockerfile", "FROM nginx\nUSER nginx\n");
    Files.writeString(
        dir.resolve("compose.yaml"),
        Files.readString(dir.resolve("compose.yaml")) + "  web:\n    build: ./web\n",
        StandardOpenOption.TRUNCATE_EXISTING);

    Cli.Result check = Cli.run(dir, null, Map.of(), "check", "-f", "json");
    Cli.Result compose = Cli.run(dir, null, Map.of(), "compose", "-f", "json");

    List<String> found = ComposeCommandIT.findings(JSON.readTree(check.out()));
    assertThat(found)
        .contains(
            "compose-port-not-exposed@api compose.yaml:7",
            // web/Dockerfile is built by one service: its findings are about that service.
            "pin-base-image-version@web web/Dockerfile:1",
            // api/Dockerfile is built by three, so its findings name none.
            "copy-source-missing@ api/Dockerfile:3");
    assertThat(found).isEqualTo(ComposeCommandIT.findings(JSON.readTree(compose.out())));
    assertThat(JSON.readTree(check.out()).path("findings").get(0).fieldNames())
        .toIterable()
        .startsWith("rule", "aliases", "severity", "message", "file", "line", "column", "endLine");
  }

  @Test
  void aProjectOfComposeFilesAloneIsAuditedAndAFragmentIsAWarning(@TempDir Path dir)
      throws IOException {
    write(dir, "compose.yaml", "services:\n  web:\n    image: nginx:1.25\n    restart: always\n");
    write(dir, "compose.override.yaml", "services:\n  web:\n    privileged: true\n");
    write(dir, "docker-compose.prod.yml", "services:\n  web:\n    ports: 80\n");

    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "--no-color");

    // The override file is merged into the project: its privileged: is found, at its line.
    assertThat(r.out()).contains("compose.override.yaml:3 error compose-privileged");
    assertThat(r.errLines())
        .containsExactly(
            "warning: docker-compose.prod.yml:3: services.web.ports: integer found, array"
                + " expected (not audited: it does not load alone)");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void aMissingFolderIsBadInput(@TempDir Path dir) {
    Cli.Result r = Cli.run(dir, null, Map.of(), "check", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
  }
}
