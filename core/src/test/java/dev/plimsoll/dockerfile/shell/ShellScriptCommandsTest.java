package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Simple commands: names, options hadolint-style, operands, wrappers. */
class ShellScriptCommandsTest {

  private static SimpleCommand command(String script) {
    ShellScript parsed = ShellScript.parse(script);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.commands()).hasSize(1);
    return parsed.commands().get(0);
  }

  private static List<String> raw(List<Word> words) {
    return words.stream().map(Word::raw).toList();
  }

  @Test
  void shortClustersSplitAndLongOptionsKeepTheirValue() {
    SimpleCommand c = command("apt-get -qqy --no-install-recommends --option=a=b install curl");
    assertThat(c.flags())
        .extracting(Flag::name)
        .containsExactly("-q", "-q", "-y", "--no-install-recommends", "--option");
    assertThat(c.flags().get(4).value()).contains("a=b");
    assertThat(c.hasFlag("-y")).isTrue();
    assertThat(c.hasFlag("--yes")).isFalse();
    assertThat(c.hasAnyFlag("--yes", "-y")).isTrue();
    assertThat(c.subcommand().orElseThrow().raw()).isEqualTo("install");
    assertThat(raw(c.argsWithoutFlags())).containsExactly("install", "curl");
  }

  @Test
  void valueTakingOptionsConsumeTheirValue() {
    SimpleCommand apt = command("apt-get -o Dpkg::Options::=--force-confnew -t bookworm install x");
    assertThat(apt.subcommand().orElseThrow().raw()).isEqualTo("Dpkg::Options::=--force-confnew");
    assertThat(apt.subcommandName(Set.of("-o", "-t"))).isEqualTo("install");
    SimpleCommand pip = command("pip install -rreq.txt -r other.txt --prefix /opt x");
    Options options = pip.options(Set.of("-r", "--prefix"));
    assertThat(options.flags())
        .extracting(f -> f.value().orElse(""))
        .containsExactly("req.txt", "other.txt", "/opt");
    assertThat(raw(options.operands())).containsExactly("install", "x");
  }

  @Test
  void doubleDashEndsOptionsAndALoneDashIsAnOperand() {
    SimpleCommand c = command("rm -f -- -weird - x");
    assertThat(c.flags()).extracting(Flag::name).containsExactly("-f");
    assertThat(raw(c.argsWithoutFlags())).containsExactly("-weird", "-", "x");
  }

  @Test
  void aPackageNamedLikeAnOptionIsJustAnOption() {
    SimpleCommand c = command("apt-get install --no-install-recommends-foo bar");
    assertThat(c.hasFlag("--no-install-recommends")).isFalse();
    assertThat(c.hasFlag("--no-install-recommends-foo")).isTrue();
  }

  @Test
  void wrappersAreLookedThrough() {
    assertThat(command("sudo -u root -E apt-get -y install x").unwrapped().program())
        .isEqualTo("apt-get");
    SimpleCommand env = command("env -i A=1 B=2 /usr/bin/apt-get install x").unwrapped();
    assertThat(env.program()).isEqualTo("apt-get");
    assertThat(env.name()).contains("/usr/bin/apt-get");
    assertThat(env.assignments()).extracting(Assignment::name).containsExactly("A", "B");
    assertThat(
            command("exec nice -n 10 nohup time -p timeout -s KILL 5m gosu app npm ci")
                .unwrapped()
                .program())
        .isEqualTo("npm");
    assertThat(command("command -p xargs -r -n 1 rm -f").unwrapped().program()).isEqualTo("rm");
    SimpleCommand sudo = command("sudo apt-get -y install x");
    assertThat(sudo.name()).contains("sudo");
    assertThat(sudo.unwrapped().hasFlag("-y")).isTrue();
    assertThat(command("sudo").unwrapped().program()).isEqualTo("sudo");
    assertThat(command("sudo -u").unwrapped().program()).isEqualTo("sudo");
  }

  @Test
  void anExpandedNameHasNoProgram() {
    SimpleCommand c = command("$PIP install x");
    assertThat(c.name()).isEmpty();
    assertThat(c.program()).isEmpty();
    assertThat(c.nameWord().orElseThrow().raw()).isEqualTo("$PIP");
  }

  @Test
  void echoedCommandsAreArguments() {
    ShellScript s = ShellScript.parse("echo apt-get install x && echo 'a && apt-get install y'");
    assertThat(s.commands()).extracting(SimpleCommand::program).containsExactly("echo", "echo");
    assertThat(s.uses("apt-get")).isFalse();
    assertThat(ShellScript.parse("sudo apt-get update").uses("apt-get")).isTrue();
    assertThat(ShellScript.parse("(cd /x && make)").running("cd")).hasSize(1);
  }
}
