package dev.plimsoll.rules.dockerfile.shellcheck;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Instruction;
import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.Shell;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.shell.ShellScript;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of ShellCheck's dialects ({@code -s}) runs a RUN, if any: the {@code #!} line of a heredoc
 * body, else the stage's last {@code SHELL} before the RUN, else {@code /bin/sh}. As hadolint, the
 * SHELL is the stage's own: a SHELL inherited from a base image is not seen. Shells ShellCheck does
 * not know (PowerShell, cmd, zsh, fish) are not checked.
 */
final class Dialects {
  private static final Map<String, String> DIALECTS =
      Map.of(
          "sh", "sh",
          "ash", "sh",
          "busybox", "sh",
          "dash", "dash",
          "bash", "bash",
          "ksh", "ksh",
          "ksh93", "ksh",
          "mksh", "ksh");

  private Dialects() {}

  static Optional<String> of(Run run, ShellScript script, Dockerfile file) {
    if (run.command().exec() || script.interpreter().isPresent()) {
      return Optional.empty();
    }
    if (script.text().startsWith("#!")) {
      String line = script.text().lines().findFirst().orElse("").substring(2).strip();
      return dialect(List.of(line.split("\\s+", -1)));
    }
    List<String> shell = List.of("/bin/sh", "-c");
    for (Instruction i : file.stageOf(run).map(Stage::instructions).orElse(List.of())) {
      if (i.equals(run)) {
        break;
      }
      if (i instanceof Shell s && !s.shell().isEmpty()) {
        shell = s.shell();
      }
    }
    return dialect(shell);
  }

  /** The dialect of a command line's program, looking through {@code /usr/bin/env}. */
  private static Optional<String> dialect(List<String> command) {
    for (String word : command) {
      String program = program(word);
      if (program.equals("env") || word.startsWith("-") || word.contains("=")) {
        continue;
      }
      return Optional.ofNullable(DIALECTS.get(program));
    }
    return Optional.empty();
  }

  private static String program(String path) {
    String p = path.replace('\\', '/');
    p = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return p.endsWith(".exe") ? p.substring(0, p.length() - 4) : p;
  }
}
