package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** BuildKit's error texts, which users paste into searches, and the word quoted as Go quotes it. */
class ShellLexErrorsTest {

  private static final Environment ENV =
      Environment.of(Map.of("FOO", "foo", "NULL", "", "ARG", "x"));

  static Stream<Arguments> reasons() {
    return Stream.of(
        Arguments.of("${XXX:?}", "XXX: is not allowed to be unset"),
        Arguments.of("${XXX?}", "XXX: is not allowed to be unset"),
        Arguments.of("${NULL:?}", "NULL: is not allowed to be empty"),
        Arguments.of("${XXX:?message here$ARG}", "XXX: message herex"),
        Arguments.of("${}", "syntax error: bad substitution"),
        Arguments.of("${:-x}", "syntax error: bad substitution"),
        Arguments.of("${", "syntax error: missing '}'"),
        Arguments.of("${aaa:-bbb", "syntax error: missing '}'"),
        // Go's string(rune) of EOF (-1) is U+FFFD.
        Arguments.of("he${PWD", "unsupported modifier (\uFFFD) in substitution"),
        Arguments.of("${FOO:=x}", "unsupported modifier (:=) in substitution"),
        Arguments.of("${FOO:#x}", "unsupported modifier (:#) in substitution"),
        Arguments.of("${FOO.}", "unsupported modifier (.) in substitution"),
        Arguments.of("${FOO/x", "syntax error: missing '/' in ${}"),
        Arguments.of("${FOO/x/y", "syntax error: missing '}'"),
        Arguments.of("'abc", "unexpected end of statement while looking for matching single-quote"),
        Arguments.of(
            "\"abc", "unexpected end of statement while looking for matching double-quote"),
        Arguments.of("${FOO#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void reportsBuildKitsReason(String word, String reason) {
    assertThatThrownBy(() -> new ShellLex('\\').processWord(word, ENV))
        .isInstanceOfSatisfying(
            ExpansionException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.word()).isEqualTo(word);
            });
  }

  @Test
  void suffixPatternErrorsShowTheReversedPattern() {
    // With ` as escape token a backslash is ordinary text, so a pattern can end in one.
    ShellLex lex = new ShellLex('`');

    assertThatThrownBy(() -> lex.processWord("${FOO%ab\\}", ENV))
        .hasMessageEndingWith(": invalid pattern (\\ba) in substitution: invalid escape '\\b'");
    assertThatThrownBy(() -> lex.processWord("${FOO#ab\\}", ENV))
        .hasMessageEndingWith(
            ": invalid pattern (ab\\) in substitution: invalid escape '\\\uFFFD'");
  }

  @Test
  void messageQuotesTheWordAsGoStrconvQuoteDoes() {
    assertThatThrownBy(() -> new ShellLex('\\').processWord("'a\tb\n", ENV))
        .hasMessage(
            "failed to process \"'a\\tb\\n\": "
                + "unexpected end of statement while looking for matching single-quote");
    assertThatThrownBy(() -> new ShellLex('\\').processWord("\"${X?é\u0001\u00a0}\"", ENV))
        .hasMessage("failed to process \"\\\"${X?é\\x01\\u00a0}\\\"\": X: é\u0001\u00a0");
  }

  @Test
  void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() throws ExpansionException {
    int limit = ShellWord.MAX_NESTING;
    String fits = "${A:-".repeat(limit) + "x" + "}".repeat(limit);
    String tooDeep = "${A:-".repeat(limit + 1) + "x" + "}".repeat(limit + 1);

    assertThat(new ShellLex('\\').processWord(fits, ENV).value()).isEqualTo("x");
    assertThatThrownBy(() -> new ShellLex('\\').processWord(tooDeep, ENV))
        .isInstanceOfSatisfying(
            ExpansionException.class,
            e -> assertThat(e.reason()).contains("nested deeper than " + limit));
  }
}
