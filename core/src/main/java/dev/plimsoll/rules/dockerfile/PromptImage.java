package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Cmd;
import dev.plimsoll.dockerfile.instruction.CommandLine;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An image whose default command is a shell or a language prompt ({@code bash}, {@code python3},
 * {@code irb}, {@code php -a}, {@code jshell}): a base image, such as the official language images,
 * meant to be built FROM. The image built on it chooses the user and keeps or drops the toolchain,
 * so rules about the runtime image leave such a file alone. The command is the final chain's last
 * CMD, else its last ENTRYPOINT, else the base image's own default ({@link
 * KnownBaseImages#defaultsToPrompt}).
 */
final class PromptImage {
  private PromptImage() {}

  private static final Set<String> PROMPTS =
      Set.of(
          "sh",
          "bash",
          "ash",
          "zsh",
          "python",
          "python2",
          "python3",
          "pypy",
          "pypy3",
          "node",
          "irb",
          "php",
          "jshell",
          "julia",
          "ghci",
          "erl",
          "iex",
          "R",
          "perl",
          "groovysh",
          "clj",
          "lein",
          "sbt",
          "scala",
          "swift",
          "pwsh",
          "powershell",
          "cmd");

  static boolean is(StageChain chain) {
    Optional<CommandLine> entrypoint = chain.last(Entrypoint.class).map(Entrypoint::command);
    // An entrypoint script (docker-entrypoint.sh) runs the CMD it is given; any other ENTRYPOINT
    // is the command itself, the CMD only its arguments.
    if (entrypoint.isPresent()
        && !words(entrypoint.get()).stream().anyMatch(w -> w.contains("entrypoint"))) {
      return prompt(entrypoint.get());
    }
    Optional<CommandLine> cmd = chain.last(Cmd.class).map(Cmd::command);
    if (cmd.isPresent()) {
      return prompt(cmd.get());
    }
    if (entrypoint.isPresent()) {
      return false;
    }
    return chain.base().map(KnownBaseImages::defaultsToPrompt).orElse(false);
  }

  /** A prompt program with options only: {@code python3}, {@code php -a}, not {@code node app}. */
  private static boolean prompt(CommandLine line) {
    List<String> words = words(line);
    if (words.isEmpty()) {
      return false;
    }
    String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
    return PROMPTS.contains(program)
        && words.subList(1, words.size()).stream().allMatch(w -> w.startsWith("-"));
  }

  /** The command's words; empty when a shell form holds more than one command. */
  private static List<String> words(CommandLine line) {
    if (line.exec()) {
      return line.args();
    }
    List<SimpleCommand> commands = ShellScript.parse(line.text()).commands();
    return commands.size() != 1
        ? List.of()
        : commands.get(0).words().stream().map(Word::unquoted).toList();
  }
}
