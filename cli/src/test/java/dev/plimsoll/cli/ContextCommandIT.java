package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll context DIR}: the report, its JSON keys, the context rules, the exit codes. */
class ContextCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static void write(Path dir, String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
    return out;
  }

  @Test
  void jsonCarriesTheSpecKeysAndEveryFileSent(@TempDir Path dir) throws IOException {
    write(dir, "Dockerfile", "FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\n");
    write(dir, ".dockerignore", "node_modules\ndocs\n!docs/api/openapi.yaml\n");
    write(dir, "index.js", "console.log(1)\n"); // 15 bytes
    write(dir, "node_modules/a/index.js", "x".repeat(1000));
    write(dir, "docs/guide.md", "y".repeat(100));
    write(dir, "docs/api/openapi.yaml", "openapi: 3\n"); // 11 bytes

    Cli.Result r = Cli.run(dir, null, Map.of(), "context", ".", "--format", "json", "--list");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = JSON.readTree(r.out());
    assertThat(texts(j.get("included"), null))
        .containsExactly(".dockerignore", "Dockerfile", "docs/api/openapi.yaml", "index.js");
    assertThat(j.get("files").asLong()).isEqualTo(4);
    long sent = 0;
    for (String f : List.of(".dockerignore", "Dockerfile", "docs/api/openapi.yaml", "index.js")) {
      sent += Files.size(dir.resolve(f));
    }
    assertThat(j.get("bytes").asLong()).isEqualTo(sent);
    assertThat(j.get("excludedFiles").asLong()).isEqualTo(2);
    assertThat(j.get("excludedBytes").asLong()).isEqualTo(1100);
    assertThat(j.get("largest").get(0).get("path").asText()).isEqualTo("Dockerfile");
    assertThat(j.get("largest").get(0).has("bytes")).isTrue();
    assertThat(j.get("findings")).isEmpty();
  }

  @Test
  void aContextWithoutIgnoreFileFailsOnTheWarningAndNamesWhatToAdd(@TempDir Path dir)
      throws IOException {
    write(dir, "Dockerfile", "FROM node:20.11-alpine\nWORKDIR /app\nCOPY . .\n");
    write(dir, ".git/HEAD", "ref: refs/heads/main\n");
    write(dir, "node_modules/a/index.js", "x");
    write(dir, "index.js", "1");

    Cli.Result r = Cli.run(dir, null, Map.of(), "context", ".");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("ignore file  none")
        .contains("dockerignore-missing")
        .contains("create .dockerignore with .git, node_modules");
    Cli.Result lenient = Cli.run(dir, null, Map.of(), "context", ".", "--fail-on", "error");
    assertThat(lenient.exit()).isZero();
  }

  @Test
  void lintWithContextRunsTheContextRules(@TempDir Path dir) throws IOException {
    write(dir, "Dockerfile", "FROM alpine:3.19\nCOPY . /app\nCOPY config/app.yml /etc/app/\n");
    write(dir, ".dockerignore", "*.log\n");
    write(dir, ".env", "TOKEN=1\n");
    write(dir, "config/app.yaml", "a: 1\n");

    Cli.Result r =
        Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--context", ".", "-f", "json");
    JsonNode j = JSON.readTree(r.out());
    assertThat(texts(j.get("findings"), "rule"))
        .contains("dockerignore-incomplete", "copy-source-missing");
    assertThat(r.exit()).isEqualTo(1);
    Cli.Result without = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "-f", "json");
    assertThat(texts(JSON.readTree(without.out()).get("findings"), "rule"))
        .doesNotContain("dockerignore-incomplete", "copy-source-missing");
  }

  @Test
  void theDockerfileCanLiveOutsideTheContext(@TempDir Path dir) throws IOException {
    write(dir, "docker/api.Dockerfile", "FROM alpine:3.19\nCOPY missing.txt /\n");
    write(dir, "app/present.txt", "1");

    Cli.Result r =
        Cli.run(dir, null, Map.of(), "context", "app", "--file", "docker/api.Dockerfile");
    assertThat(r.out()).contains("copy-source-missing").contains("\"missing.txt\"");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void aMissingFolderOrDockerfileIsOneLineAndExit2(@TempDir Path dir) throws IOException {
    Cli.Result r = Cli.run(dir, null, Map.of(), "context", "nowhere");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("nowhere");

    Files.createDirectories(dir.resolve("ctx"));
    Cli.Result f = Cli.run(dir, null, Map.of(), "context", "ctx", "--file", "ctx/Nope");
    assertThat(f.exit()).isEqualTo(2);
    assertThat(f.err().lines()).hasSize(1);

    Cli.Result fmt = Cli.run(dir, null, Map.of(), "context", "ctx", "--format", "sarif");
    assertThat(fmt.exit()).isEqualTo(2);
  }
}
