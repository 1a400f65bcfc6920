package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words: quoting, escapes, expansions kept opaque, comments, positions. */
class ShellScriptWordsTest {

  private static List<Word> words(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).as("problems in %s", script).isEmpty();
    assertThat(parsed.commands()).hasSize(1);
    return parsed.commands().get(0).words();
  }

  private static Word word(String script) {
    List<Word> words = words("echo " + script);
    assertThat(words).hasSize(2);
    return words.get(1);
  }

  @Test
  void quotesAreRemovedFromTheLiteral() {
    assertThat(word("'a b'").literal()).contains("a b");
    assertThat(word("\"a b\"").literal()).contains("a b");
    assertThat(word("a\\ b").literal()).contains("a b");
    assertThat(word("'it'\\''s'").literal()).contains("it's");
    assertThat(word("\"a\\\"b\\\\c\\d\"").literal()).contains("a\"b\\c\\d");
    assertThat(word("'a b'").quoted()).isTrue();
    assertThat(word("ab").quoted()).isFalse();
  }

  @Test
  void expansionsHaveNoLiteralButKeepTheirText() {
    for (String w : List.of("$HOME", "${A:-x}", "$(date)", "`date`", "$((1+2))", "\"$A\"", "$1")) {
      Word word = word(w);
      assertThat(word.expanded()).as(w).isTrue();
      assertThat(word.literal()).as(w).isEmpty();
    }
    assertThat(word("\"foo=$VERSION\"").unquoted()).isEqualTo("foo=$VERSION");
    assertThat(word("'$HOME'").literal()).contains("$HOME");
    assertThat(word("a$").literal()).contains("a$");
    assertThat(word("$'a\\tb'").literal()).contains("a\tb");
  }

  @Test
  void substitutionsNestAndHideOperators() {
    Word w = word("\"$(echo \"a && b\" | tr a b; echo `echo )`)\"x");
    assertThat(w.raw()).endsWith("x");
    assertThat(w.expanded()).isTrue();
    assertThat(word("${A:-\"}\"}").raw()).isEqualTo("${A:-\"}\"}");
    assertThat(word("$(case x in (a) echo;; esac)").raw())
        .isEqualTo("$(case x in (a) echo;; esac)");
    assertThat(word("$(echo a # a comment )\n)").raw()).isEqualTo("$(echo a # a comment )\n)");
  }

  @Test
  void aQuotedOperatorIsPartOfTheWord() {
    ShellScript script = ShellScript.parse("echo 'a && b' \"c; d\" e\\|f");
    assertThat(script.commands()).hasSize(1);
    assertThat(script.commands().get(0).words())
        .extracting(x -> x.literal().orElseThrow())
        .containsExactly("echo", "a && b", "c; d", "e|f");
  }

  @Test
  void commentsStartOnlyAtAWord() {
    ShellScript script = ShellScript.parse("echo a#b # c && d\necho e");
    assertThat(script.commands()).hasSize(2);
    assertThat(script.commands().get(0).words())
        .extracting(Word::raw)
        .containsExactly("echo", "a#b");
  }

  @Test
  void escapedNewlinesJoinAWordOrSeparateWords() {
    assertThat(words("apt-get \\\n  install cu\\\nrl"))
        .extracting(Word::raw)
        .containsExactly("apt-get", "install", "cu\\\nrl");
    assertThat(words("echo cu\\\nrl").get(1).literal()).contains("curl");
  }

  @Test
  void positionsAreOffsetsAndLinesOfTheScript() {
    List<Word> words = words("a  bb \\\n ccc");
    assertThat(words).extracting(Word::offset).containsExactly(0, 3, 9);
    assertThat(words).extracting(Word::line).containsExactly(1, 1, 2);
    assertThat(words.get(2).end()).isEqualTo(12);
  }

  @Test
  void unterminatedQuotesAreProblemsNotExceptions() {
    ShellScript script = ShellScript.parse("echo 'a && b");
    assertThat(script.problems())
        .extracting(Problem::message)
        .containsExactly("unterminated single quote");
    assertThat(script.commands()).hasSize(1);
    assertThat(ShellScript.parse("echo \"a").problems())
        .extracting(Problem::message)
        .containsExactly("unterminated double quote");
    assertThat(ShellScript.parse("echo $(a").problems())
        .extracting(Problem::message)
        .containsExactly("unterminated $(");
    assertThat(ShellScript.parse("echo `a").problems())
        .extracting(Problem::message)
        .containsExactly("unterminated `");
  }

  @Test
  void deepSubstitutionNestingIsBoundedAndReported() {
    String deep = "echo " + "$(".repeat(100_000) + "x";
    ShellScript script = ShellScript.parse(deep);
    assertThat(script.problems())
        .extracting(Problem::message)
        .contains("nesting deeper than 64 levels");
    assertThat(script.commands()).hasSize(1);
  }

  @Test
  void deepSubshellNestingIsBoundedAndReported() {
    String deep = "(".repeat(100_000) + "echo" + ")".repeat(100_000);
    ShellScript script = ShellScript.parse(deep);
    assertThat(script.problems())
        .extracting(Problem::message)
        .contains("nesting deeper than 100 levels; the rest is not read");
  }

  @Test
  void assignmentsBeforeTheNameArePrefixes() {
    SimpleCommand c =
        ShellScript.parse("DEBIAN_FRONTEND=noninteractive A+=1 apt-get install X=1")
            .commands()
            .get(0);
    assertThat(c.assignments())
        .extracting(Assignment::name)
        .containsExactly("DEBIAN_FRONTEND", "A");
    assertThat(c.assignments().get(0).value()).isEqualTo("noninteractive");
    assertThat(c.name()).contains("apt-get");
    assertThat(c.arguments()).extracting(Word::raw).containsExactly("install", "X=1");
    SimpleCommand plain = ShellScript.parse("A=\"b c\"").commands().get(0);
    assertThat(plain.name()).isEqualTo(Optional.empty());
    assertThat(plain.assignments().get(0).value()).isEqualTo("b c");
  }
}
