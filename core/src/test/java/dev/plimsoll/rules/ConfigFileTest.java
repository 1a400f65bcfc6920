package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @TempDir Path dir;

  private LintConfig load(String name, String yaml) throws IOException, BadInputException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return LintConfig.load(file);
  }

  @Test
  void readsPlimsollFile() throws Exception {
    LintConfig c =
        load(
            ".plimsoll.yaml",
            """
            ignore: [DL3006, maintainer-deprecated]
            severity:
              workdir-absolute: warning
              JSONArgsRecommended: error
            failOn: info
            disablePragmas: true
            exclude: ["vendor/**"]
            trustedRegistries: [docker.io]
            labelSchema: {maintainer: text}
            strictLabels: true
            """);
    assertThat(c.ignore()).containsExactlyInAnyOrder("DL3006", "maintainer-deprecated");
    assertThat(c.severity())
        .isEqualTo(
            Map.of("workdir-absolute", Severity.WARNING, "JSONArgsRecommended", Severity.ERROR));
    assertThat(c.failOn()).contains(FailOn.INFO);
    assertThat(c.disablePragmas()).isTrue();
    assertThat(c.excludes(Path.of("vendor/lib/Dockerfile"))).isTrue();
    assertThat(c.excludes(Path.of("app/Dockerfile"))).isFalse();
    assertThat(c.trustedRegistries()).containsExactly("docker.io");
    assertThat(c.labelSchema()).containsEntry("maintainer", "text");
    assertThat(c.strictLabels()).isTrue();
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void theSecretsSectionIsScansAndLintChecksIt() throws Exception {
    String yaml =
        """
        ignore: [DL3006]
        secrets:
          allow-paths: [srv/fixtures]
          allow-values: [sk_test_x]
          disable: [jwt]
        """;
    assertThat(load(".plimsoll.yaml", yaml).ignore()).containsExactly("DL3006");
    assertThat(LintConfig.secrets(dir.resolve(".plimsoll.yaml")))
        .isEqualTo(
            new dev.plimsoll.secrets.SecretConfig(
                List.of("srv/fixtures"), List.of("sk_test_x"), java.util.Set.of("jwt")));
    assertThatThrownBy(() -> load(".plimsoll.yaml", "secrets:\n  disable: [nope]\n"))
        .hasMessage(dir.resolve(".plimsoll.yaml") + ": secrets.disable: unknown detector nope");
    Path hadolint = dir.resolve(".hadolint.yaml");
    Files.writeString(hadolint, "ignored: [DL3006]\n");
    assertThat(LintConfig.secrets(hadolint)).isEqualTo(dev.plimsoll.secrets.SecretConfig.NONE);
  }

  @Test
  void readsHadolintFileUnchanged() throws Exception {
    LintConfig c =
        load(
            ".hadolint.yaml",
            """
            ignored:
              - DL3000
              - SC2086
            override:
              error: [DL3006]
              info:
                - DL3025
            failure-threshold: error
            disable-ignore-pragma: true
            trustedRegistries:
              - my-company.com:500
            label-schema:
              author: text
            strict-labels: true
            format: json
            no-color: true
            """);
    assertThat(c.ignore()).containsExactlyInAnyOrder("DL3000", "SC2086");
    assertThat(c.severity()).isEqualTo(Map.of("DL3006", Severity.ERROR, "DL3025", Severity.INFO));
    assertThat(c.failOn()).contains(FailOn.ERROR);
    assertThat(c.disablePragmas()).isTrue();
    assertThat(c.trustedRegistries()).containsExactly("my-company.com:500");
    assertThat(c.labelSchema()).containsEntry("author", "text");
    assertThat(c.strictLabels()).isTrue();
    // SC2086 names a ShellCheck finding, as in hadolint: a known rule, so no warning.
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void noFailMeansNeverFail() throws Exception {
    assertThat(load(".hadolint.yml", "no-fail: true\nfailure-threshold: style\n").failOn())
        .contains(FailOn.NONE);
  }

  @Test
  void otherFileNamesAreSniffedByTheirKeys() throws Exception {
    assertThat(load("lint.yaml", "ignored: [DL3006]\n").ignore()).containsExactly("DL3006");
    assertThat(load("lint2.yaml", "ignore: [DL3006]\n").ignore()).containsExactly("DL3006");
  }

  @Test
  void emptyFileIsTheDefault() throws Exception {
    assertThat(load(".plimsoll.yaml", "")).isEqualTo(LintConfig.DEFAULT);
  }

  @Test
  void badConfigNamesFileAndKey() {
    assertThatThrownBy(() -> load(".plimsoll.yaml", "ignor: [DL3006]\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(".plimsoll.yaml")
        .hasMessageContaining("ignor: unknown key");
    assertThatThrownBy(() -> load(".plimsoll.yaml", "severity: {DL3006: loud}\n"))
        .hasMessageContaining("severity.DL3006: 'loud' is not a severity");
    assertThatThrownBy(() -> load(".plimsoll.yaml", "failOn: sometimes\n"))
        .hasMessageContaining("failOn: 'sometimes' is not a threshold");
    assertThatThrownBy(() -> load(".plimsoll.yaml", "disablePragmas: maybe\n"))
        .hasMessageContaining("disablePragmas: must be true or false");
    assertThatThrownBy(() -> load(".hadolint.yaml", "override:\n  fatal: [DL3006]\n"))
        .hasMessageContaining(".hadolint.yaml: override: 'fatal' is not a severity");
    assertThatThrownBy(() -> load(".hadolint.yaml", "ignored: {a: b}\n"))
        .hasMessageContaining("ignored: must be a list");
    assertThatThrownBy(() -> load(".plimsoll.yaml", "ignore: [unclosed\n"))
        .hasMessageContaining(".plimsoll.yaml:1: not valid YAML: while parsing a flow sequence");
    assertThatThrownBy(() -> load(".plimsoll.yaml", "- just\n- a list\n"))
        .hasMessageContaining("must be a mapping");
  }

  @Test
  void discoverPrefersPlimsollOverHadolint() throws Exception {
    assertThat(LintConfig.discover(dir)).isEqualTo(LintConfig.DEFAULT);
    Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3000]\n");
    assertThat(LintConfig.discover(dir).ignore()).containsExactly("DL3000");
    Files.writeString(dir.resolve(".plimsoll.yaml"), "ignore: [DL4000]\n");
    assertThat(LintConfig.find(dir)).contains(dir.resolve(".plimsoll.yaml"));
    assertThat(LintConfig.discover(dir).ignore()).containsExactly("DL4000");
  }

  @Test
  void unknownCommandLineNamesCanBeReported() {
    assertThat(LintConfig.unknownRules(List.of("DL3006", "json-args-recommended", "DL9999")))
        .containsExactly("DL9999");
  }

  @Test
  void commandLineMergesIntoTheFile() throws Exception {
    LintConfig c = load(".plimsoll.yaml", "ignore: [DL3006]\nfailOn: error\n");
    LintConfig merged = c.withIgnored(List.of("DL4000")).withFailOn(FailOn.STYLE);
    assertThat(merged.ignore()).containsExactlyInAnyOrder("DL3006", "DL4000");
    assertThat(merged.effectiveFailOn()).isEqualTo(FailOn.STYLE);
    assertThat(c.effectiveFailOn()).isEqualTo(FailOn.ERROR);
    assertThat(LintConfig.DEFAULT.effectiveFailOn()).isEqualTo(FailOn.WARNING);
    assertThat(LintConfig.DEFAULT.failOn()).isEqualTo(Optional.empty());
  }
}
