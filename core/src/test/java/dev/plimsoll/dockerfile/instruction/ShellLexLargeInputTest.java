package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A megabyte in, a result out in well under a second on a laptop. The timeouts are loose so that a
 * busy machine passes, yet orders of magnitude below what a backtracking matcher or quadratic
 * string building would take on these inputs.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ShellLexLargeInputTest {

  private static final int MEGABYTE = 1 << 20;
  private static final String AS = "a".repeat(MEGABYTE);
  private static final Environment ENV = Environment.of(Map.of("PWD", "/home", "V", AS));
  private static final ShellLex LEX = new ShellLex('\\');

  @Test
  void plainWordOfAMegabyte() throws ExpansionException {
    String word = "ab cd\\ 'e f' \"g$PWD\" ".repeat(MEGABYTE / 20);

    ExpansionResult result = LEX.processWord(word, ENV);

    assertThat(result.words()).hasSize(3 * (MEGABYTE / 20));
    assertThat(result.words().subList(0, 3)).containsExactly("ab", "cd e f", "g/home");
  }

  @Test
  void megabyteOfReferences() throws ExpansionException {
    assertThat(LEX.processWord("$PWD".repeat(MEGABYTE / 4), ENV).value())
        .hasSize(5 * (MEGABYTE / 4));
  }

  @Test
  void patternThatWouldBacktrackCatastrophically() throws ExpansionException {
    assertThat(LEX.processWord("${V#*a*a*a*a*b}", ENV).value()).isEqualTo(AS);
    assertThat(LEX.processWord("${V%%a*a*a*a*b}", ENV).value()).isEqualTo(AS);
    assertThat(LEX.processWord("${V/*a*a*b/x}", ENV).value()).isEqualTo(AS);
  }

  @Test
  void longestMatchesOnAMegabyte() throws ExpansionException {
    assertThat(LEX.processWord("${V##*a}", ENV).value()).isEmpty();
    assertThat(LEX.processWord("${V%a*}", ENV).value()).hasSize(MEGABYTE - 1);
    assertThat(LEX.processWord("${V//a/bc}", ENV).value()).hasSize(2 * MEGABYTE);
  }
}
