package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overrides:} in {@code .plimsoll.yaml}: settings for the Dockerfiles under some paths. */
class PathOverrideTest {
  @TempDir Path dir;

  private static final String UNTAGGED = "FROM debian\nMAINTAINER someone\n";

  private LintConfig load(String yaml) throws IOException, BadInputException {
    Path file = dir.resolve(".plimsoll.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return LintConfig.load(file);
  }

  private String at(String relative) {
    return dir.resolve(relative).toString();
  }

  private static List<String> found(LintConfig config, String file) {
    return new Lint(config.withShellcheck(false))
        .text(file, UNTAGGED).findings().stream()
            .map(f -> f.rule() + " " + f.severity().label())
            .toList();
  }

  @Test
  void anEntryAppliesToTheFilesItsGlobsMatchRelativeToTheConfigFile() throws Exception {
    LintConfig c =
        load(
            """
            ignore: [maintainer-deprecated]
            overrides:
              - paths: ["legacy/**"]
                ignore: [DL3006]
            """);
    assertThat(found(c, at("legacy/api/Dockerfile"))).isEmpty();
    assertThat(found(c, at("app/Dockerfile"))).containsExactly("pin-base-image-version warning");
    // A glob that names a folder covers what is under it, as exclude does.
    LintConfig folder = load("overrides:\n  - paths: [legacy]\n    ignore: [DL3006, DL4000]\n");
    assertThat(found(folder, at("legacy/api/Dockerfile"))).isEmpty();
    // Outside the configuration file's folder nothing matches.
    assertThat(found(c, dir.getParent().resolve("legacy/Dockerfile").toString()))
        .containsExactly("pin-base-image-version warning");
  }

  @Test
  void laterEntriesWinAndASeverityTurnsARuleBackOn() throws Exception {
    LintConfig c =
        load(
            """
            ignore: [maintainer-deprecated]
            severity: {DL3006: error}
            overrides:
              - paths: ["**/Dockerfile.dev"]
                severity: {pin-base-image-version: info}
              - paths: ["tools/**"]
                severity: {DL3006: style, DL4000: info}
            """);
    assertThat(found(c, at("Dockerfile"))).containsExactly("pin-base-image-version error");
    assertThat(found(c, at("api/Dockerfile.dev"))).containsExactly("pin-base-image-version info");
    assertThat(found(c, at("tools/x/Dockerfile.dev")))
        .containsExactlyInAnyOrder("pin-base-image-version style", "maintainer-deprecated info");
  }

  @Test
  void aSeverityTurnsOnAnOptInRuleForSomePathsOnly() throws Exception {
    LintConfig c =
        load(
            """
            ignore: [DL3006, DL4000]
            overrides:
              - paths: ["prod/*"]
                severity: {pin-base-image-digest: warning}
            """);
    String pinned = "FROM node:20-alpine\n";
    Lint lint = new Lint(c.withShellcheck(false));
    assertThat(lint.text(at("prod/Dockerfile"), pinned).findings())
        .extracting(Finding::rule)
        .containsExactly("pin-base-image-digest");
    assertThat(lint.text(at("dev/Dockerfile"), pinned).findings()).isEmpty();
  }

  @Test
  void theFailureThresholdCanDifferByPathButTheCommandLineWins() throws Exception {
    LintConfig c =
        load(
            """
            ignore: [maintainer-deprecated]
            overrides:
              - paths: ["legacy/**"]
                failOn: error
            """);
    Lint lint = new Lint(c.withShellcheck(false));
    assertThat(lint.text(at("legacy/Dockerfile"), UNTAGGED).exitCode(c)).isZero();
    assertThat(lint.text(at("app/Dockerfile"), UNTAGGED).exitCode(c)).isEqualTo(1);
    LintConfig cli = c.withFailOn(FailOn.WARNING);
    assertThat(lint.text(at("legacy/Dockerfile"), UNTAGGED).exitCode(cli)).isEqualTo(1);
  }

  @Test
  void anIgnoreOnTheCommandLineCannotBeUndoneByAnOverride() throws Exception {
    LintConfig c =
        load("""
                overrides:
                  - paths: ["**"]
                    severity: {DL3006: error}
                """)
            .withIgnored(List.of("pin-base-image-version", "DL4000"));
    assertThat(found(c, at("Dockerfile"))).isEmpty();
  }

  @Test
  void unknownRulesInAnEntryAreWarnedAboutLikeTheOthers() throws Exception {
    LintConfig c = load("overrides:\n  - paths: [x]\n    ignore: [DL9999]\n");
    assertThat(c.warnings()).singleElement().asString().contains("overrides[0].ignore");
  }

  @Test
  void shellcheckFindingsFollowEachFilesOwnSettings() throws Exception {
    LintConfig c =
        load(
            """
            overrides:
              - paths: ["scripts/**"]
                ignore: [SC2086]
              - paths: ["strict/**"]
                severity: {shellcheck: error}
            """);
    String text = "FROM debian:12.5\nRUN for f in /etc/*.conf; do echo $f; done\n";
    Lint lint = new Lint(c);
    List<String> found =
        lint
            .texts(
                List.of(
                    new Lint.Input(at("Dockerfile"), text),
                    new Lint.Input(at("scripts/Dockerfile"), text),
                    new Lint.Input(at("strict/Dockerfile"), text)))
            .findings()
            .stream()
            .filter(f -> f.rule().startsWith("SC"))
            .map(
                f ->
                    dir.relativize(Path.of(f.file())) + " " + f.rule() + " " + f.severity().label())
            .toList();
    assertThat(found)
        .containsExactlyInAnyOrder("Dockerfile SC2086 info", "strict/Dockerfile SC2086 error");
  }

  @Test
  void fixingFollowsThePerPathSettings() throws Exception {
    LintConfig c =
        load(
            """
            overrides:
              - paths: ["legacy/**"]
                ignore: [maintainer-deprecated]
            """);
    Fixer fixer = new Fixer(c.withShellcheck(false));
    assertThat(fixer.fix(at("legacy/Dockerfile"), UNTAGGED).changed()).isFalse();
    assertThat(fixer.fix(at("app/Dockerfile"), UNTAGGED).fixed())
        .isEqualTo("FROM debian\nLABEL org.opencontainers.image.authors=\"someone\"\n");
  }
}
