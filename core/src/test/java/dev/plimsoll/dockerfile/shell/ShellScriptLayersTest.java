package dev.plimsoll.dockerfile.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapper layers, lookups that run nothing, and command substitutions parsed on demand. */
class ShellScriptLayersTest {

  private static SimpleCommand first(String script) {
    return ShellScript.parse(script).commands().get(0);
  }

  @Test
  void layersGoFromTheWrapperToWhatItRuns() {
    List<SimpleCommand> layers = first("nohup sudo -u app env A=1 make -j4").layers();
    assertThat(layers)
        .extracting(SimpleCommand::program)
        .containsExactly("nohup", "sudo", "env", "make");
    assertThat(first("make all").layers()).hasSize(1);
  }

  @Test
  void commandDashVOnlyLooksUp() {
    assertThat(first("command -v sudo").unwrapped().program()).isEqualTo("command");
    assertThat(first("command -pV ps").layers()).hasSize(1);
    assertThat(first("command -p make").unwrapped().program()).isEqualTo("make");
  }

  @Test
  void invokingFindsWrappersAndWrapped() {
    ShellScript s = ShellScript.parse("sudo service x start && echo sudo && command -v sudo");
    assertThat(s.invoking("sudo")).hasSize(1);
    assertThat(s.invoking("service")).hasSize(1);
    assertThat(s.running("sudo")).isEmpty();
  }

  @Test
  void substitutionsAreParsedOnDemand() {
    SimpleCommand c =
        first("V=$(curl -s u | jq -r .v) echo \"`ls | wc -l`\" '$(not | this)' $((1|2))");
    List<ShellScript> inner = c.substitutions();
    assertThat(inner).hasSize(2);
    assertThat(inner).allMatch(s -> s.pipelines().get(0).isPiped());
    assertThat(first("echo plain").substitutions()).isEmpty();
    SimpleCommand nested = first("echo $(a $(b | c))");
    assertThat(nested.substitutions()).hasSize(1);
    assertThat(nested.substitutions().get(0).commands().get(0).substitutions()).hasSize(1);
  }
}
