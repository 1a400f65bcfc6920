package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.rules.ExpectedFindings;
import dev.plimsoll.rules.Finding;
import dev.plimsoll.rules.Lint;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.dockerfile.Fixture.Expectation;
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
    ExpectedFindings.assertExactly(
        fixture.name() + "\n" + ExpectedFindings.listing(List.of(fixture.text().split("\n", -1))),
        fixture.expected(),
        actual,
        Expectation::matches,
        FixtureTest::describe);
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

  private static String describe(Finding f) {
    return f.line() + ": " + f.rule() + " \"" + f.message() + "\"";
  }
}
