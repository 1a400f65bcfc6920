package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plimsoll lint} as a user and a CI job see it. */
class LintIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLAWED = "FROM ubuntu\nWORKDIR app\nCMD echo hi\nUSER 10001\n";

  @Test
  void theRepositorysOwnDockerfileHasNothingAboveInfo() throws IOException {
    Cli.Result r = Cli.run("lint", "--format", "json", "Dockerfile");
    assertThat(r.exit()).isZero();
    for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
      assertThat(f.get("severity").asText()).as(f.toString()).isIn("info", "style");
    }
  }

  @Test
  void theReadmeRunCommandChecksTheRepositoryCleanly() {
    Cli.Result r = Cli.run("lint", ".");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("in 1 file").doesNotContain("Dockerfile.java");
  }

  @Test
  void jsonFindingsHaveTheContractShape(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("tool").asText()).isEqualTo("plimsoll");
    assertThat(report.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
    JsonNode f = report.get("findings").get(0);
    assertThat(f.fieldNames())
        .toIterable()
        .containsExactly(
            "rule", "aliases", "severity", "message", "file", "line", "column", "endLine");
    assertThat(report.get("findings").findValuesAsText("rule"))
        .containsExactly("pin-base-image-version", "workdir-absolute", "json-args-recommended");
  }

  @Test
  void failOnAndIgnoreChangeTheExitCode(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM debian\n");
    assertThat(Cli.run(dir, null, Map.of(), "lint").exit()).isEqualTo(1);
    assertThat(Cli.run(dir, null, Map.of(), "lint", "--fail-on", "error").exit()).isZero();
    assertThat(Cli.run(dir, null, Map.of(), "lint", "--ignore", "DL3006").exit()).isZero();
  }

  @Test
  void standardInputIsLinted() {
    Cli.Result r = Cli.run(Cli.REPO, FLAWED.getBytes(UTF_8), Map.of(), "lint", "-f", "json", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("\"file\": \"<stdin>\"");
  }

  @Test
  void unreadableFilesAreOneLineEachAndTheRestIsStillReported(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("good.Dockerfile"), FLAWED);
    Files.write(dir.resolve("empty.Dockerfile"), new byte[0]);
    Files.write(dir.resolve("binary.Dockerfile"), new byte[] {'F', 'R', 'O', 'M', 0, 1, 2});
    Files.write(
        dir.resolve("latin1.Dockerfile"),
        "FROM caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli.Result r =
        Cli.run(
            dir,
            null,
            Map.of(),
            "lint",
            "-f",
            "json",
            "good.Dockerfile",
            "empty.Dockerfile",
            "binary.Dockerfile",
            "latin1.Dockerfile",
            "missing.Dockerfile");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(JSON.readTree(r.out()).get("findings").findValuesAsText("file"))
        .containsOnly("good.Dockerfile");
    List<String> errors = r.errLines();
    assertThat(errors).hasSize(4);
    assertThat(errors.get(0)).startsWith("error: empty.Dockerfile").contains("empty");
    assertThat(errors.get(1)).startsWith("error: binary.Dockerfile").contains("binary");
    assertThat(errors.get(2)).startsWith("error: latin1.Dockerfile").contains("UTF-8");
    assertThat(errors.get(3)).startsWith("error: missing.Dockerfile");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aSyntaxErrorIsAFindingAtItsLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\n\nRUNN echo hi\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode f = JSON.readTree(r.out()).get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("syntax-error");
    assertThat(f.get("aliases").get(0).asText()).isEqualTo("DL1000");
    assertThat(f.get("line").asInt()).isEqualTo(3);
    assertThat(f.get("message").asText()).contains("unknown instruction: RUNN");
  }

  @Test
  void aLineOfSeveralMegabytesIsLinted(@TempDir Path dir) throws IOException {
    String huge = "FROM debian:12\nRUN echo " + "x".repeat(6 * 1024 * 1024) + "\n";
    Files.writeString(dir.resolve("Dockerfile"), huge);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "json");
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("warning: Dockerfile:2: ")
        .contains("not checked with ShellCheck");
    assertThat(r.exit()).isZero();
  }

  @Test
  void shellcheckFindingsAreNamedForTheirCodeAndCanBeTurnedOff(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("Dockerfile"),
        "FROM debian:12.5\nRUN set -e \\\n  && for f in /etc/*; do cat $f; done\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "json", "--fail-on", "info");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(1);
    JsonNode f = JSON.readTree(r.out()).get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("SC2086");
    assertThat(f.get("severity").asText()).isEqualTo("info");
    assertThat(f.get("line").asInt()).isEqualTo(3);
    assertThat(f.get("column").asInt()).isEqualTo(30);
    JsonNode sarif = JSON.readTree(Cli.run(dir, null, Map.of(), "lint", "-f", "sarif").out());
    assertThat(sarif.findValuesAsText("helpUri"))
        .contains("https://www.shellcheck.net/wiki/SC2086");
    Cli.Result off = Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "--fail-on", "info");
    assertThat(off.exit()).isZero();
    assertThat(
            Cli.run(dir, null, Map.of(), "lint", "--ignore", "SC2086", "--fail-on", "info").exit())
        .isZero();
  }

  @Test
  void outputFileReceivesTheReport(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "sarif", "-o", "out.sarif");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(JSON.readTree(dir.resolve("out.sarif").toFile()).get("version").asText())
        .isEqualTo("2.1.0");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Map<String, String> terminal = Map.of("PLIMSOLL_JAVA_OPTS", "-Dplimsoll.stdout.tty=true");
    assertThat(Cli.run(dir, null, terminal, "lint").out()).contains("\u001b[");
    assertThat(Cli.run(dir, null, Map.of(), "lint").out()).doesNotContain("\u001b[");
    Map<String, String> noColor =
        Map.of("PLIMSOLL_JAVA_OPTS", "-Dplimsoll.stdout.tty=true", "NO_COLOR", "1");
    assertThat(Cli.run(dir, null, noColor, "lint").out()).doesNotContain("\u001b[");
    assertThat(Cli.run(dir, null, terminal, "lint", "--no-color").out()).doesNotContain("\u001b[");
  }

  @Test
  void hadolintConfigurationIsHonoured(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3006, DL3000, DL3025]\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("No findings");
  }

  @Test
  void aBrokenConfigurationIsBadInputNamingTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Files.writeString(dir.resolve(".plimsoll.yaml"), "ignore: [unclosed\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains(".plimsoll.yaml");
  }

  @Test
  void overridesApplyPerPathRelativeToTheConfigurationFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("legacy/old"));
    for (String f : List.of("Dockerfile", "legacy/Dockerfile", "legacy/old/Dockerfile")) {
      Files.writeString(dir.resolve(f), FLAWED);
    }
    Files.writeString(
        dir.resolve(".plimsoll.yaml"),
        """
        overrides:
          - paths: ["legacy/**"]
            ignore: [DL3006, json-args-recommended]
            failOn: none
          - paths: ["legacy/old"]
            severity: {DL3006: error}
        """);
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint", "-f", "json", "--no-shellcheck", ".");
    assertThat(r.exit()).isEqualTo(1);
    Map<String, List<String>> byFile = new java.util.TreeMap<>();
    for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
      byFile
          .computeIfAbsent(f.get("file").asText(), k -> new java.util.ArrayList<>())
          .add(f.get("rule").asText() + " " + f.get("severity").asText());
    }
    assertThat(byFile.get("Dockerfile"))
        .contains("pin-base-image-version warning", "json-args-recommended warning");
    assertThat(byFile.get("legacy/Dockerfile"))
        .doesNotContain("pin-base-image-version warning", "json-args-recommended warning");
    assertThat(byFile.get("legacy/old/Dockerfile")).contains("pin-base-image-version error");

    // Each file's own threshold decides the exit code: legacy/ never fails, legacy/old/ does.
    assertThat(Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "legacy/Dockerfile").exit())
        .isZero();
    assertThat(
            Cli.run(dir, null, Map.of(), "lint", "--no-shellcheck", "legacy/old/Dockerfile").exit())
        .isZero();
    assertThat(
            Cli.run(
                    dir,
                    null,
                    Map.of(),
                    "lint",
                    "--no-shellcheck",
                    "--fail-on",
                    "error",
                    "legacy/old/Dockerfile")
                .exit())
        .isEqualTo(1);
  }

  @Test
  void aHostileOverrideIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), FLAWED);
    Files.writeString(
        dir.resolve(".plimsoll.yaml"), "overrides:\n  - paths: [\"[x\"]\n    \"\\u001b[31m\": 1\n");
    Cli.Result r = Cli.run(dir, null, Map.of(), "lint");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains(".plimsoll.yaml", "overrides[0]")
        .doesNotContain("\u001b");
  }

  @Test
  void targetLintsTheStageItNamesAndAnUnknownStageIsOneLine(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Dockerfile"),
        """
        FROM debian:12.5 AS build
        RUN ["make"]
        CMD ["./server", "--debug"]
        FROM debian:12.5 AS runtime
        USER 10001
        CMD ["app"]
        """);
    Cli.Result last = Cli.run(dir, null, Map.of(), "lint", "-f", "json", "--no-shellcheck");
    assertThat(JSON.readTree(last.out()).get("findings").findValuesAsText("rule"))
        .doesNotContain("run-as-non-root");

    // Stage names compare lower-cased, as BuildKit compares them.
    Cli.Result build =
        Cli.run(dir, null, Map.of(), "lint", "-f", "json", "--no-shellcheck", "--target", "BUILD");
    assertThat(build.err()).isEmpty();
    assertThat(build.exit()).isEqualTo(1);
    List<String> found = new java.util.ArrayList<>();
    for (JsonNode f : JSON.readTree(build.out()).get("findings")) {
      found.add(f.get("line").asInt() + " " + f.get("rule").asText());
    }
    assertThat(found)
        .containsExactly(
            "1 prefer-smaller-base", "1 run-as-non-root", "2 final-stage-has-build-tools");
    assertThat(build.out()).contains("Target stage build has no USER");

    Cli.Result unknown = Cli.run(dir, null, Map.of(), "lint", "--target", "prod");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.errLines())
        .containsExactly("error: Dockerfile: no stage named prod to build (--target)");
  }
}
