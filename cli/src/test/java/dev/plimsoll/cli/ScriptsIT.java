package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's shell scripts (the test command, the stack) stay ShellCheck-clean. */
class ScriptsIT {
  @Test
  void everyScriptPassesShellCheck() throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("shellcheck", "--format=gcc"));
    try (Stream<Path> scripts = Files.list(Cli.REPO.resolve("scripts"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .sorted()
          .forEach(p -> cmd.add(p.toString()));
    }
    cmd.add(Cli.REPO.resolve(".ci/run").toString());
    assertThat(cmd).anyMatch(a -> a.endsWith("stack.sh"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }
}
