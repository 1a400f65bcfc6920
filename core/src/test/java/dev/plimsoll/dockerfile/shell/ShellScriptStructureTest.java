package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists, pipelines, compound commands and redirections. */
class ShellScriptStructureTest {

  private static ShellScript clean(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).as("problems in %s", script).isEmpty();
    return parsed;
  }

  private static List<String> names(ShellScript script) {
    return script.commands().stream().map(c -> c.name().orElse("?")).toList();
  }

  @Test
  void andOrListsKeepTheirOperatorsAndSeparators() {
    ShellScript s = clean("cd /x && make || true; echo a & wait\nls");
    assertThat(s.lists()).hasSize(4);
    AndOr first = s.lists().get(0);
    assertThat(first.operators()).containsExactly("&&", "||");
    assertThat(first.separator()).isEqualTo(";");
    assertThat(first.followedByAnd(first.pipelines().get(0))).isTrue();
    assertThat(first.followedByAnd(first.pipelines().get(1))).isFalse();
    assertThat(s.lists().get(1).background()).isTrue();
    assertThat(s.lists().get(2).separator()).isEqualTo("\n");
    assertThat(s.lists().get(3).separator()).isEmpty();
  }

  @Test
  void failureHandledByALaterOr() {
    ShellScript s = clean("a && b || true; c; d || e && f");
    List<SimpleCommand> c = s.commands();
    assertThat(c)
        .extracting(s::failureHandled)
        .containsExactly(true, true, false, false, true, false, false);
  }

  @Test
  void pipelinesAndNegation() {
    ShellScript s = clean("! curl -fsSL https://x | bash -s --\ncat a |& grep b");
    assertThat(s.pipelines()).hasSize(2);
    assertThat(s.pipelines().get(0).negated()).isTrue();
    assertThat(s.pipelines().get(0).isPiped()).isTrue();
    assertThat(s.pipelines().get(0).pipesToShell()).isTrue();
    assertThat(s.pipelines().get(1).pipesToShell()).isFalse();
  }

  @Test
  void pipesToShellNeedsADownloadToStdout() {
    assertThat(clean("wget -qO- https://x | sudo sh").pipelines().get(0).pipesToShell()).isTrue();
    assertThat(clean("wget https://x | sh").pipelines().get(0).pipesToShell()).isFalse();
    assertThat(clean("curl -o f https://x | sh").pipelines().get(0).pipesToShell()).isFalse();
    assertThat(clean("sh | curl https://x").pipelines().get(0).pipesToShell()).isFalse();
    assertThat(clean("echo 'curl x | sh'").pipelines().get(0).pipesToShell()).isFalse();
  }

  @Test
  void commandsInsideCompoundsAreFoundInOrder() {
    ShellScript s =
        clean(
            "set -e; if [ -f a ]; then apt-get update; elif b; then c; else d; fi;"
                + " for f in 1 2; do e \"$f\"; done\n"
                + "while read l; do g; done < file; until h; do i; done;"
                + " (cd x && j) ; { k; l; } > /dev/null 2>&1\n"
                + "case \"$A\" in\n  a|b) m ;;\n  (*) n;;\nesac\n"
                + "fn() { o; }; function p { q; }");
    assertThat(names(s))
        .containsExactly(
            "set", "[", "apt-get", "b", "c", "d", "e", "read", "g", "h", "i", "cd", "j", "k", "l",
            "m", "n", "o", "q");
    CompoundCommand group =
        s.pipelines().stream()
            .flatMap(p -> p.commands().stream())
            .filter(c -> c instanceof CompoundCommand cc && cc.kind() == CompoundCommand.Kind.GROUP)
            .map(CompoundCommand.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(group.body()).hasSize(2);
    assertThat(group.redirects()).extracting(Redirect::operator).containsExactly(">", ">&");
    assertThat(group.redirects().get(1).fd()).hasValue(2);
  }

  @Test
  void compoundHeadersAreWordsNotCommands() {
    ShellScript s = clean("for pkg in curl wget; do echo $pkg; done");
    CompoundCommand loop = (CompoundCommand) s.lists().get(0).pipelines().get(0).commands().get(0);
    assertThat(loop.kind()).isEqualTo(CompoundCommand.Kind.FOR);
    assertThat(loop.header()).extracting(Word::raw).containsExactly("pkg", "in", "curl", "wget");
    assertThat(names(clean("for ((i=0; i<3; i++)); do x; done"))).containsExactly("x");
  }

  @Test
  void bashTestsKeepTheirOperators() {
    ShellScript s = clean("[[ -f a && ! -d b ]] && echo yes");
    assertThat(names(s)).containsExactly("[[", "echo");
    assertThat(s.commands().get(0).words())
        .extracting(Word::raw)
        .containsExactly("[[", "-f", "a", "&&", "!", "-d", "b", "]]");
  }

  @Test
  void redirectionsAreNotArguments() {
    SimpleCommand c = clean("echo a >>/tmp/x 2>&1 b </dev/null &>/dev/null").commands().get(0);
    assertThat(c.arguments()).extracting(Word::raw).containsExactly("a", "b");
    assertThat(c.redirects()).extracting(Redirect::operator).containsExactly(">>", ">&", "<", "&>");
    assertThat(c.redirects().get(0).target().orElseThrow().raw()).isEqualTo("/tmp/x");
  }

  @Test
  void heredocsInsideTheScriptAreBodiesNotCommands() {
    ShellScript s =
        clean(
            "cat <<EOF > /etc/x && apt-get update\nrm -rf /\n$HOME\nEOF\ncat <<-'END'\n\tz\n\tEND\necho done");
    assertThat(names(s)).containsExactly("cat", "apt-get", "cat", "echo");
    Redirect heredoc = s.commands().get(0).redirects().get(0);
    assertThat(heredoc.operator()).isEqualTo("<<");
    assertThat(heredoc.heredoc()).contains("rm -rf /\n$HOME\n");
    assertThat(s.commands().get(2).redirects().get(0).heredoc()).contains("\tz\n");
    assertThat(s.commands().get(3).nameWord().orElseThrow().line()).isEqualTo(8);
  }

  @Test
  void unterminatedHeredocIsAProblem() {
    ShellScript s = ShellScript.parse("cat <<EOF\nabc");
    assertThat(s.problems())
        .extracting(Problem::message)
        .containsExactly("unterminated heredoc <<EOF");
    assertThat(s.commands().get(0).redirects().get(0).heredoc()).contains("abc");
  }

  @Test
  void malformedStructureIsBestEffort() {
    ShellScript s = ShellScript.parse("a && ; b ) ; if c; then d; echo x | ; fi ; done");
    assertThat(names(s)).contains("a", "b", "c", "d", "echo");
    assertThat(s.problems())
        .extracting(Problem::message)
        .containsExactly(
            "missing command before ;",
            "unexpected )",
            "unexpected ;",
            "missing command before ;",
            "unexpected done");
    assertThat(ShellScript.parse("{ a; ").problems())
        .extracting(Problem::message)
        .containsExactly("expected } before end of script");
    assertThat(ShellScript.parse("(a").problems())
        .extracting(Problem::message)
        .containsExactly("expected ) before end of script");
  }

  @Test
  void pipefailIsTrackedInScriptOrder() {
    ShellScript s = clean("a | b; set -euxo pipefail; c | d; set +o pipefail; e | f");
    assertThat(s.pipelines())
        .filteredOn(Pipeline::isPiped)
        .extracting(Pipeline::pipefail)
        .containsExactly(false, true, false);
    assertThat(s.usesPipefail()).isFalse();
    assertThat(clean("set -o errexit -o pipefail && x | y").usesPipefail()).isTrue();
    assertThat(clean("set -o pipefail && x | y").pipelines().get(1).pipefail()).isTrue();
    assertThat(clean("set -eo pipefail; x").usesPipefail()).isTrue();
    assertThat(clean("echo set -o pipefail").usesPipefail()).isFalse();
    assertThat(clean("set -- -o pipefail").usesPipefail()).isFalse();
    assertThat(clean("set -e").usesPipefail()).isFalse();
  }

  @Test
  void aLargeScriptParsesInLinearTime() {
    String line = "apt-get install -y \"pkg-$V\" 'a b' $(echo x) && echo ok | tee /tmp/log\n";
    String big = line.repeat(1_000_000 / line.length() + 1);
    long start = System.nanoTime();
    ShellScript s = ShellScript.parse(big);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(s.problems()).isEmpty();
    assertThat(s.commands()).hasSize(3 * (big.length() / line.length()));
    assertThat(millis).as("milliseconds to parse 1 MB").isLessThan(5_000);
  }
}
