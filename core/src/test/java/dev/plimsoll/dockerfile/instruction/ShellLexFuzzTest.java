package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any string, any escape token, any switch: ShellLex returns a result or throws {@link
 * ExpansionException}, never anything else, and never hangs.
 *
 * <p>The pattern for every fuzz target in Plimsoll: one {@code @FuzzTest} per class (Jazzer fuzzes
 * one per JVM), a class name ending in {@code FuzzTest}, a short {@code maxDuration}, and seeds in
 * {@code src/test/resources/<package>/<Class>Inputs/<method>/}. See core/pom.xml for how they run.
 */
class ShellLexFuzzTest {

  private static final Environment ENV =
      Environment.fromKeyValues(
          List.of("PWD=/home", "NULL=", "V=a*b/c?d\ne}f", "KOREAN=한국어", "SP= a  b "));

  /**
   * Input layout (Jazzer's FuzzedDataProvider reads numbers from the end): the last byte holds the
   * switches, bit 0 backtick escape, 1 raw quotes, 2 skip unset, 3 skip quotes, 4 raw escapes, bit
   * 5 Windows; the rest is the word.
   */
  @FuzzTest(maxDuration = "20s")
  void expandsOrRefuses(FuzzedDataProvider data) {
    byte flags = data.consumeByte();
    String word = data.consumeRemainingAsString();
    ShellLex lex =
        new ShellLex(
                (flags & 1) != 0 ? '`' : '\\',
                (flags & 32) != 0 ? ShellLex.Platform.WINDOWS : ShellLex.Platform.UNIX)
            .withRawQuotes((flags & 2) != 0)
            .withSkipUnsetEnv((flags & 4) != 0)
            .withSkipProcessQuotes((flags & 8) != 0)
            .withRawEscapes((flags & 16) != 0);
    try {
      ExpansionResult result = lex.processWord(word, ENV);
      assertThat(result.words()).doesNotContain("");
      assertThat(result.used()).noneMatch(result.unmatched()::contains);
      if (word.indexOf('$') < 0) {
        assertThat(result.used()).isEmpty();
        assertThat(result.unmatched()).isEmpty();
      }
    } catch (ExpansionException e) {
      assertThat(e.getMessage()).startsWith("failed to process \"");
    }
  }
}
