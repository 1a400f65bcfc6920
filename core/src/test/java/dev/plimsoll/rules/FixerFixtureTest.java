package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code fixtures/fix/RULE/NAME.Dockerfile} fixed gives {@code NAME.fixed.Dockerfile} byte
 * for byte (a fixture without one must not change); the fixed text parses, has no finding left from
 * the rules that fixed it, and fixing it again changes nothing.
 */
class FixerFixtureTest {
  static final Path ROOT = Path.of("src/test/resources/fixtures/fix");

  static List<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".Dockerfile"))
          .filter(p -> !p.toString().endsWith(".fixed.Dockerfile"))
          .sorted()
          .map(ROOT::relativize)
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixesAsTheFixedFileSays(Path fixture) throws Exception {
    String before = read(ROOT.resolve(fixture));
    Path fixedFile =
        ROOT.resolve(fixture.toString().replaceAll("\\.Dockerfile$", ".fixed.Dockerfile"));
    String expected = Files.exists(fixedFile) ? read(fixedFile) : before;
    String rule = fixture.getName(0).toString();
    LintConfig config = LintConfig.DEFAULT.withShellcheck(false);

    Fixer.Result result = new Fixer(config).fix(fixture.toString(), before);

    assertThat(result.fixed()).as("fixed text").isEqualTo(expected);
    if (result.changed()) {
      assertThat(result.rules()).as("rules that fixed it").contains(rule);
    }
    Dockerfile.of(DockerfileParser.parse(fixture.toString(), result.fixed()));
    List<Finding> left = new Lint(config).text(fixture.toString(), result.fixed()).findings();
    assertThat(left)
        .as("findings left from the rules that fixed it")
        .filteredOn(f -> result.rules().contains(f.rule()))
        .isEmpty();
    assertThat(new Fixer(config).fix(fixture.toString(), result.fixed()).fixed())
        .as("fixing again")
        .isEqualTo(result.fixed());
  }

  @Test
  void everyFixableRuleHasAFixture() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      assertThat(dirs.map(p -> p.getFileName().toString()))
          .contains(
              "apt-assume-yes",
              "apt-no-install-recommends",
              "apt-delete-lists",
              "apk-no-cache",
              "pip-no-cache-dir",
              "copy-instead-of-add",
              "maintainer-deprecated",
              "json-args-recommended",
              "consistent-instruction-casing",
              "from-as-casing",
              "yum-clean-all",
              "dnf-clean-all",
              "zypper-clean",
              "yum-assume-yes",
              "dnf-assume-yes",
              "zypper-non-interactive");
    }
  }

  @Test
  void suppressedAndIgnoredFindingsAreNotFixed() {
    String text = "FROM debian:12\n# hadolint ignore=DL3014\nRUN apt-get install curl\n";
    LintConfig config = LintConfig.DEFAULT.withShellcheck(false).withIgnored(List.of("DL3015"));
    assertThat(new Fixer(config).fix("Dockerfile", text).fixed()).isEqualTo(text);
  }

  @Test
  void aTextThatDoesNotParseIsLeftAlone() {
    String text = "FROM debian:12\nRUN <<EOF\napt-get install curl\n";
    Fixer.Result result = new Fixer(LintConfig.DEFAULT).fix("Dockerfile", text);
    assertThat(result.changed()).isFalse();
    assertThat(result.edits()).isZero();
  }

  private static String read(Path p) throws IOException {
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
  }
}
