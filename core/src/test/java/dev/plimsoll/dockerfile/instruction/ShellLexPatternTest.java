package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pattern forms beyond BuildKit's own table: how Go's regexp semantics (leftmost-first, {@code .}
 * not matching newline, {@code ReplaceAllString}'s template) show through.
 */
class ShellLexPatternTest {

  private static String expand(String word, String value) throws ExpansionException {
    return new ShellLex('\\').processWord(word, Environment.of(Map.of("V", value))).value();
  }

  @Test
  void shortestAndLongestPrefixAndSuffix() throws ExpansionException {
    String path = "/usr/local/lib/libfoo.so.1";

    assertThat(expand("${V#*/}", path)).isEqualTo("usr/local/lib/libfoo.so.1");
    assertThat(expand("${V##*/}", path)).isEqualTo("libfoo.so.1");
    assertThat(expand("${V%.*}", path)).isEqualTo("/usr/local/lib/libfoo.so");
    assertThat(expand("${V%%.*}", path)).isEqualTo("/usr/local/lib/libfoo");
    assertThat(expand("${V#lib}", path)).isEqualTo(path);
  }

  @Test
  void questionMarkIsOneCharacterEvenOutsideTheBasicPlane() throws ExpansionException {
    assertThat(expand("${V#?}", "😀x")).isEqualTo("x");
    assertThat(expand("${V%?}", "x😀")).isEqualTo("x");
  }

  @Test
  void wildcardsStopAtNewlineLikeGoDot() throws ExpansionException {
    assertThat(expand("${V##*}", "a\nb")).isEqualTo("\nb");
    assertThat(expand("${V%%*}", "a\nb")).isEqualTo("a\n");
    assertThat(expand("${V#?}", "\nb")).isEqualTo("\nb");
  }

  @Test
  void replaceFirstTakesTheLeftmostLongestGreedyMatch() throws ExpansionException {
    assertThat(expand("${V/o*o/0}", "foo boo")).isEqualTo("f0");
    assertThat(expand("${V/b?/X}", "abcabc")).isEqualTo("aXabc");
  }

  @Test
  void replaceAllWithEmptyPatternInsertsBetweenEveryCharacter() throws ExpansionException {
    assertThat(expand("${V///-}", "abc")).isEqualTo("-a-b-c-");
  }

  @Test
  void replaceAllReadsTheReplacementAsAGoTemplate() throws ExpansionException {
    // BuildKit hands the replacement to Go's ReplaceAllString: $0 is the match, $$ a dollar, any
    // other name (there are no groups) nothing. ${V/p/r} concatenates r as it is.
    Environment env = Environment.of(Map.of("V", "foo", "M", "[$0]", "D", "$$", "N", "$1$x"));
    ShellLex lex = new ShellLex('\\');

    assertThat(lex.processWord("${V//o/$M}", env).value()).isEqualTo("f[o][o]");
    assertThat(lex.processWord("${V//o/$D}", env).value()).isEqualTo("f$$");
    assertThat(lex.processWord("${V//o/$N}", env).value()).isEqualTo("f");
    assertThat(lex.processWord("${V/o/$M}", env).value()).isEqualTo("f[$0]o");
    // An escaped dollar stays escaped in the pattern forms, so the template sees \$0.
    assertThat(lex.processWord("${V//o/\\$0}", env).value()).isEqualTo("f\\o\\o");
  }

  @Test
  void reversedPatternKeepsEscapesInFront() {
    assertThat(ShellPattern.reversePattern("a\\*c")).isEqualTo("c\\*a");
    assertThat(ShellPattern.reversePattern("\\\\\\ab")).isEqualTo("b\\a\\\\");
    assertThat(ShellPattern.reversePattern("ab\\")).isEqualTo("\\ba");
    assertThat(ShellPattern.reversePattern("👽\\🚀🖖")).isEqualTo("🖖\\🚀👽");
  }
}
