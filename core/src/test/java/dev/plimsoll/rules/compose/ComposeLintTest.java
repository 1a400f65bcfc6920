package dev.plimsoll.rules.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.compose.Compose;
import dev.plimsoll.compose.ComposeOptions;
import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.LintConfig;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine a compose rule plugs into: findings keep their service, line and order. */
class ComposeLintTest {
  @TempDir Path dir;

  /** A stand-in rule: every service without a restart policy. */
  private static final class NoRestart implements ComposeRule {
    static final RuleMeta META =
        new RuleMeta("test-no-restart", List.of(), Severity.WARNING, Domain.COMPOSE, "restart");

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void check(ComposeProject project, Consumer<Problem> report) {
      for (Service s : project.services()) {
        if (s.restart().isEmpty()) {
          report.accept(new Problem(s.pos(), Optional.of(s.name()), "no restart policy"));
        }
      }
    }
  }

  @Test
  void findingsCarryTheirServiceAndLineInOrder() throws Exception {
    Files.writeString(
        dir.resolve("compose.yaml"),
        "services:\n  web:\n    image: a\n  db:\n    image: b\n  ok:\n    image: c\n    restart: always\n");
    ComposeProject p = Compose.load(ComposeOptions.in(dir));

    List<ComposeFinding> found =
        new ComposeLint(LintConfig.DEFAULT, List.of(new NoRestart())).check(p);

    assertThat(found)
        .extracting(
            f -> f.finding().file() + ":" + f.finding().line() + " " + f.service().orElse(""))
        .containsExactly("compose.yaml:2 web", "compose.yaml:4 db");
  }
}
