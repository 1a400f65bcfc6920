package dev.plimsoll.compose.interpolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** compose-go's dotenv fixtures (plain.env, quoted.env) and the syntax around them. */
class DotEnvTest {
  private static Map<String, String> parse(String text, Map<String, String> env)
      throws BadInputException {
    return DotEnv.parse(".env", text, k -> Optional.ofNullable(env.get(k)));
  }

  @Test
  void readsQuotedValuesAsComposeGoDoes() throws BadInputException {
    String quoted =
        """
        OPTION_A='1'
        OPTION_B='2'
        OPTION_C=''
        OPTION_D='\\n'
        OPTION_E="1"
        OPTION_F="2"
        OPTION_G=""
        OPTION_H="\\n"
        OPTION_I = "echo 'asd'"
        OPTION_J = 'first line
        second line
        third line
        and so on'
        OPTION_Z = "last value"
        """;

    assertThat(parse(quoted, Map.of()))
        .containsEntry("OPTION_A", "1")
        .containsEntry("OPTION_C", "")
        .containsEntry("OPTION_D", "\\n")
        .containsEntry("OPTION_H", "\n")
        .containsEntry("OPTION_I", "echo 'asd'")
        .containsEntry("OPTION_J", "first line\nsecond line\nthird line\nand so on")
        .containsEntry("OPTION_Z", "last value");
  }

  @Test
  void readsPlainValuesCommentsExportAndYamlStyle() throws BadInputException {
    String text =
        """
        # a comment
        export OPTION_A=1
        OPTION_B: 2
          OPTION_C= 3  # trailing
        OPTION_D=a#b
        OPTION_E="x # not a comment" # comment
        INHERITED
        MISSING
        """;

    assertThat(parse(text, Map.of("INHERITED", "from-env")))
        .containsExactly(
            Map.entry("OPTION_A", "1"),
            Map.entry("OPTION_B", "2"),
            Map.entry("OPTION_C", "3"),
            Map.entry("OPTION_D", "a#b"),
            Map.entry("OPTION_E", "x # not a comment"),
            Map.entry("INHERITED", "from-env"));
  }

  @Test
  void interpolatesUnquotedAndDoubleQuotedValuesButNotSingleQuoted() throws BadInputException {
    String text = "A=one\nB=${A}-two\nC=\"$A \\$A ${HOME_DIR:-none}\"\nD='$A'\nE=${OUT}\n";

    assertThat(parse(text, Map.of("OUT", "outside")))
        .containsEntry("B", "one-two")
        .containsEntry("C", "one $A none")
        .containsEntry("D", "$A")
        .containsEntry("E", "outside");
  }

  @Test
  void refusesAnUnterminatedQuoteNamingTheLine() {
    assertThatThrownBy(() -> parse("A=1\nB=\"open\n", Map.of()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(".env:2: unterminated quoted value");
  }

  @Test
  void refusesABadKey() {
    assertThatThrownBy(() -> parse("A B=1\n", Map.of()))
        .hasMessageStartingWith(".env:1: unexpected character 'B'");
  }
}
