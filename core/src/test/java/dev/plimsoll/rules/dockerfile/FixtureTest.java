package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.dockerfile.Fixture.Expectation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every fixture with every rule and compares what came with what its markers expect.
 * ShellCheck runs on the fixtures of its own folder only: elsewhere a fixture's RUN is there for
 * the rule under test, and what ShellCheck thinks of it is ShellCheck's business.
 */
class FixtureTest {
  static final String SHELLCHECK_FOLDER = "shellcheck";

  static List<Fixture> fixtures() {
    return Fixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsAreExactlyTheExpectedOnes(Fixture fixture) {
    LintConfig config =
        fixture.config().withShellcheck(fixture.ruleFolder().equals(SHELLCHECK_FOLDER));
    List<Finding> actual = new Lint(config).text(fixture.name(), fixture.text()).findings();
    List<Expectation> missing = new ArrayList<>(fixture.expected());
    List<Finding> unexpected = new ArrayList<>();
    for (Finding f : actual) {
      Expectation hit = missing.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
      if (hit == null) {
        unexpected.add(f);
      } else {
        missing.remove(hit);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      fail(report(fixture, actual, missing, unexpected));
    }
  }

  @Test
  void harnessReadsMarkersAndKeepsLineNumbers() {
    Fixture f =
        Fixture.parse(
            "x/y.Dockerfile",
            "FROM a:1\n# expect: some-rule \"part\"\n# expect: other-rule\n\nRUN x\n");
    assertThat(f.text()).isEqualTo("FROM a:1\n#\n#\n\nRUN x\n");
    assertThat(f.expected())
        .extracting(Expectation::toString)
        .containsExactly("5: some-rule \"part\"", "5: other-rule");
  }

  @Test
  void thereAreFixtures() {
    assertThat(Fixture.all()).hasSizeGreaterThan(20);
  }

  private static String report(
      Fixture fixture, List<Finding> actual, List<Expectation> missing, List<Finding> unexpected) {
    StringBuilder out = new StringBuilder(fixture.name()).append('\n');
    String[] lines = fixture.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%4d | %s%n", i + 1, lines[i]));
    }
    out.append("expected:\n");
    fixture.expected().forEach(e -> out.append("  ").append(e).append('\n'));
    out.append("actual:\n");
    actual.forEach(f -> out.append("  ").append(describe(f)).append('\n'));
    missing.forEach(e -> out.append("MISSING    ").append(e).append('\n'));
    unexpected.forEach(f -> out.append("UNEXPECTED ").append(describe(f)).append('\n'));
    return out.toString();
  }

  private static String describe(Finding f) {
    return f.line() + ": " + f.rule() + " \"" + f.message() + "\"";
  }
}
