package dev.plimsoll.dockerfile.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lexer's switches and the backtick escape token, checked against lex.go's behaviour. */
class ShellLexModesTest {

  private static final Environment ENV =
      Environment.of(Map.of("PWD", "/home", "space", "abc  def", "NULL", ""));

  /** BuildKit's second pass: quotes kept, unset references left for a later expansion. */
  private static final ShellLex SECOND_PASS =
      new ShellLex('\\').withRawQuotes(true).withSkipUnsetEnv(true);

  @Test
  void secondPassKeepsUnsetReferencesAsWritten() throws ExpansionException {
    ExpansionResult result = SECOND_PASS.processWord("hello${hi}bye $x ${y:-z}", ENV);

    assertThat(result.value()).isEqualTo("hello${hi}bye $x ${y:-z}");
    assertThat(result.words()).containsExactly("hello${hi}bye", "$x", "${y:-z}");
    assertThat(result.unmatched()).containsExactly("hi", "x", "y");
  }

  @Test
  void secondPassKeepsQuotesAndStillExpandsSetVariables() throws ExpansionException {
    ExpansionResult result = SECOND_PASS.processWord("hello\"${space}\"bye '$PWD'", ENV);

    assertThat(result.value()).isEqualTo("hello\"abc  def\"bye '$PWD'");
    assertThat(result.words()).containsExactly("hello\"abc  def\"bye", "'$PWD'");
  }

  @Test
  void secondPassWritesReplaceAllBackWithOneSlashAsBuildKitDoes() throws ExpansionException {
    assertThat(SECOND_PASS.processWord("${X//a/b}", ENV).value()).isEqualTo("${X/a/b}");
  }

  @Test
  void skipProcessQuotesTreatsQuotesAsText() throws ExpansionException {
    ShellLex lex = new ShellLex('\\').withSkipProcessQuotes(true);

    assertThat(lex.processWords("\"a b\" '$PWD'", ENV)).containsExactly("\"a", "b\"", "'/home'");
  }

  @Test
  void rawEscapesKeepsTheEscapeTokenAndStillProtectsWhatFollows() throws ExpansionException {
    ExpansionResult result =
        new ShellLex('\\').withRawEscapes(true).processWord("a\\ b\\$PWD", ENV);

    assertThat(result.value()).isEqualTo("a\\ b\\$PWD");
    assertThat(result.words()).containsExactly("a\\ b\\$PWD");
  }

  @Test
  void backtickEscapesAndBackslashIsText() throws ExpansionException {
    ShellLex lex = new ShellLex('`');

    assertThat(lex.processWord("he`$PWD", ENV).value()).isEqualTo("he$PWD");
    assertThat(lex.processWord("C:\\$PWD", ENV).value()).isEqualTo("C:\\/home");
    assertThat(lex.processWord("\"a`\"b\\\"", ENV).value()).isEqualTo("a\"b\\");
    assertThat(lex.processWord("${X:-`}}", ENV).value()).isEqualTo("}");
    assertThat(lex.processWords("a` b c`", ENV)).containsExactly("a b", "c");
  }

  @Test
  void patternsKeepBackslashEscapesWhateverTheEscapeToken() throws ExpansionException {
    Environment env = Environment.of(Map.of("FOO", "*x"));

    // The pattern language knows only \ as escape; a backtick is kept and then literal.
    assertThat(new ShellLex('`').processWord("${FOO#\\*}", env).value()).isEqualTo("x");
    assertThat(new ShellLex('`').processWord("${FOO#`*}", env).value()).isEqualTo("*x");
    assertThat(new ShellLex('\\').processWord("${FOO#\\*}", env).value()).isEqualTo("x");
  }

  @Test
  void windowsNamesIgnoreCaseAndTheLastDefinitionWins() throws ExpansionException {
    Environment env = Environment.fromKeyValues(List.of("Path=a", "PATH=b"));

    assertThat(new ShellLex('\\', ShellLex.Platform.WINDOWS).processWord("$path", env).value())
        .isEqualTo("b");
    assertThat(new ShellLex('\\').processWord("$path|$Path", env).value()).isEqualTo("|a");
  }

  @Test
  void environmentFromKeyValuesTellsEmptyFromUnset() {
    Environment env = Environment.fromKeyValues(List.of("A=1", "B=", "C", "A=2", "D=x=y"));

    assertThat(env.get("A")).contains("2");
    assertThat(env.get("B")).contains("");
    assertThat(env.get("C")).contains("");
    assertThat(env.get("D")).contains("x=y");
    assertThat(env.get("E")).isEmpty();
    assertThat(env.names()).containsExactly("A", "B", "C", "D");
  }

  @Test
  void expandedDefaultsSplitButKeepTheTextAroundThem() throws ExpansionException {
    assertThat(new ShellLex('\\').processWords("ab${X:-c d}e \"${X:-f g}\"", ENV))
        .containsExactly("abc", "de", "f g");
  }

  @Test
  void emptyQuotesMakeNoWord() throws ExpansionException {
    assertThat(new ShellLex('\\').processWords("'' a \"\"", ENV)).containsExactly("a");
  }

  @Test
  void leadingByteOrderMarkIsDroppedAsGoScannerDoes() throws ExpansionException {
    assertThat(new ShellLex('\\').processWord("\uFEFF$PWD", ENV).value()).isEqualTo("/home");
  }
}
