package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands of the contract, as a user runs them through bin/plimsoll. */
class CommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void versionPrintsNameAndVersion() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches("plimsoll \\d+\\.\\d+\\.\\d+\n");
  }

  @Test
  void helpListsEveryCommandOfTheContract() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    for (String c :
        List.of(
            "lint", "parse", "context", "cache", "image", "sbom", "scan", "db", "compose", "rules",
            "check")) {
      assertThat(r.out()).containsPattern("(?m)^\\s+" + c + "\\s");
    }
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() {
    Cli.Result r = Cli.run("lint", "--no-such-option");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("--no-such-option").doesNotContain("Exception");
  }

  @Test
  void unknownFormatAndSeverityAreUsageErrors() {
    Cli.Result f = Cli.run("lint", "--format", "yaml", "Dockerfile");
    assertThat(f.exit()).isEqualTo(2);
    assertThat(f.errLines()).singleElement().asString().contains("unknown format 'yaml'");
    Cli.Result s = Cli.run("lint", "--fail-on", "fatal", "Dockerfile");
    assertThat(s.exit()).isEqualTo(2);
    assertThat(s.errLines()).singleElement().asString().contains("'fatal'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "rules, the rule list",
    "db status, db status",
    "context ., the context report",
    "cache ., the cache report"
  })
  void ttyOrJsonCommandsRefuseOtherFormatsOnOneLine(String command, String report) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--format", "xml"));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .contains("--format: " + report + " is tty or json, not xml");
  }

  @Test
  void rulesListsEveryRuleAsJsonWithTheContractKeys() throws Exception {
    Cli.Result r = Cli.run("rules", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode rules = JSON.readTree(r.out()).get("rules");
    assertThat(rules.size()).isGreaterThanOrEqualTo(7);
    for (JsonNode rule : rules) {
      assertThat(rule.fieldNames())
          .toIterable()
          .contains("name", "aliases", "severity", "domain", "summary");
      assertThat(rule.get("domain").asText()).isIn("dockerfile", "context", "image", "compose");
    }
    assertThat(rules.findValuesAsText("name"))
        .contains(
            "pin-base-image-version",
            "json-args-recommended",
            "workdir-absolute",
            "stage-name-unique",
            "maintainer-deprecated",
            "consistent-instruction-casing");
  }

  @Test
  void rulesExplainsOneRuleByAliasWithItsExamples() {
    Cli.Result r = Cli.run("rules", "DL3006");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("pin-base-image-version (DL3006, DL3007)")
        .contains("```dockerfile");
    Cli.Result missing = Cli.run("rules", "DL9999");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.errLines())
        .containsExactly("error: DL9999: no such rule (see 'plimsoll rules')");
  }

  @Test
  void rulesMarksTheRulesThatAreOffByDefaultAndSaysHowToTurnOneOn() throws Exception {
    Cli.Result list = Cli.run("rules");
    assertThat(list.exit()).isZero();
    assertThat(list.out().lines().filter(l -> l.startsWith("healthcheck-present ")))
        .singleElement()
        .asString()
        .matches("healthcheck-present +info +off +dockerfile .*");
    assertThat(list.out().lines().filter(l -> l.startsWith("pin-base-image-version ")))
        .singleElement()
        .asString()
        .matches("pin-base-image-version +warning +on +dockerfile .*");
    assertThat(list.out()).containsPattern("\\d+ rules, \\d+ off by default");

    JsonNode rules = JSON.readTree(Cli.run("rules", "--format", "json").out()).get("rules");
    for (JsonNode rule : rules) {
      boolean off =
          List.of("healthcheck-present", "no-inline-ignore-pragma", "pin-base-image-digest")
              .contains(rule.get("name").asText());
      assertThat(rule.get("enabledByDefault").asBoolean()).as(rule.toString()).isEqualTo(!off);
    }

    Cli.Result one = Cli.run("rules", "DL3057");
    assertThat(one.out())
        .startsWith("healthcheck-present (DL3057)  info, dockerfile, off by default")
        .contains("`severity: {healthcheck-present: info}` in .plimsoll.yaml")
        .contains("`override: {info: [DL3057]}` in .hadolint.yaml");
    assertThat(Cli.run("rules", "DL3006").out()).doesNotContain("off by default");
  }
}
