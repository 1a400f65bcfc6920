package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.shell.AndOr;
import dev.plimsoll.dockerfile.shell.Command;
import dev.plimsoll.dockerfile.shell.PackageCommand;
import dev.plimsoll.dockerfile.shell.Pipeline;
import dev.plimsoll.dockerfile.shell.Redirect;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.SourcePosition;
import dev.plimsoll.dockerfile.shell.Word;
import dev.plimsoll.rules.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Edits to RUN scripts, placed through the script's map back to the Dockerfile. Every edit is
 * anchored on a word, and made only when the Dockerfile holds that word exactly where the map says,
 * so an edit never lands in the wrong place; when it does not, there is no fix.
 */
final class ScriptEdits {
  private ScriptEdits() {}

  /**
   * Inserts {@code flag} right after the package command's verb: {@code apt-get install -y}. A
   * command with no verb word gets no edit.
   */
  static Optional<Edit> afterVerb(
      Dockerfile file, ShellScript script, PackageCommand command, String flag) {
    String verb = command.verb().split(" ", -1)[0];
    if (verb.isEmpty()) {
      return Optional.empty();
    }
    return command.options().operands().stream()
        .filter(w -> w.is(verb))
        .findFirst()
        .flatMap(w -> after(file, script, w, " " + flag));
  }

  /**
   * {@link #afterVerb} for each command: the fix of a rule that finds the flag missing in several.
   */
  static List<Edit> afterVerb(
      Dockerfile file, ShellScript script, List<PackageCommand> commands, String flag) {
    return commands.stream().flatMap(c -> afterVerb(file, script, c, flag).stream()).toList();
  }

  /** Inserts {@code flag} right after the program's name: {@code zypper --non-interactive}. */
  static Optional<Edit> afterName(
      Dockerfile file, ShellScript script, PackageCommand command, String flag) {
    return command.command().nameWord().flatMap(w -> after(file, script, w, " " + flag));
  }

  /**
   * Appends {@code && command} to the end of the script's last command, so it runs once everything
   * before has succeeded: {@code ... && rm -rf /var/lib/apt/lists/*}. Only when the script ends in
   * a simple command run in the foreground; a trailing comment stays after the addition.
   */
  static Optional<Edit> append(Dockerfile file, ShellScript script, String command) {
    List<AndOr> lists = script.lists();
    if (lists.isEmpty() || !script.problems().isEmpty()) {
      return Optional.empty();
    }
    AndOr last = lists.get(lists.size() - 1);
    if (last.background()) {
      return Optional.empty();
    }
    Pipeline pipeline = last.pipelines().get(last.pipelines().size() - 1);
    Command tail = pipeline.commands().get(pipeline.commands().size() - 1);
    if (!(tail instanceof SimpleCommand simple)) {
      return Optional.empty();
    }
    List<Word> words = new ArrayList<>(simple.words());
    simple.assignments().forEach(a -> words.add(a.word()));
    simple.redirects().stream().map(Redirect::target).flatMap(Optional::stream).forEach(words::add);
    return words.stream()
        .max(Comparator.comparingInt(Word::end))
        .flatMap(w -> after(file, script, w, " && " + command));
  }

  /** Inserts {@code text} after {@code word}, when the word sits on one line where the map says. */
  static Optional<Edit> after(Dockerfile file, ShellScript script, Word word, String text) {
    if (word.raw().isEmpty()) {
      return Optional.empty();
    }
    Optional<SourcePosition> start = script.sourceAt(word.offset());
    Optional<SourcePosition> last = script.sourceAt(word.end() - 1);
    if (start.isEmpty() || last.isEmpty() || start.get().line() != last.get().line()) {
      return Optional.empty();
    }
    List<String> lines = file.syntax().lines();
    int line = start.get().line();
    int from = start.get().column();
    int to = last.get().column() + 1;
    if (line > lines.size()
        || to != from + word.raw().length()
        || to > lines.get(line - 1).length()
        || !lines.get(line - 1).substring(from, to).equals(word.raw())) {
      return Optional.empty();
    }
    return Optional.of(Edit.insert(line, to, text));
  }
}
