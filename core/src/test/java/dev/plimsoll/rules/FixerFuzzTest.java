package dev.plimsoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.syntax.DockerfileParser;
import dev.plimsoll.dockerfile.syntax.DockerfileSyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Any text: fixing never throws, a text that parsed still parses once fixed, a text that did not
 * parse is left alone, and fixing the fixed text changes nothing.
 */
class FixerFuzzTest {
  private static final Fixer FIXER = new Fixer(LintConfig.DEFAULT.withShellcheck(false));

  /** Seeds: the fix fixtures, as plain Dockerfiles read as UTF-8 with replacement. */
  @FuzzTest(maxDuration = "25s")
  void fixesSafely(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Fixer.Result result = FIXER.fix("Dockerfile", text);
    boolean parsed = parses(text);
    if (!parsed) {
      assertThat(result.fixed()).isEqualTo(text);
      return;
    }
    assertThat(parses(result.fixed())).as("fixed text parses").isTrue();
    assertThat(FIXER.fix("Dockerfile", result.fixed()).fixed())
        .as("fixing again")
        .isEqualTo(result.fixed());
  }

  private static boolean parses(String text) {
    try {
      Dockerfile.of(DockerfileParser.parse("Dockerfile", text));
      return true;
    } catch (DockerfileSyntaxException e) {
      return false;
    }
  }
}
