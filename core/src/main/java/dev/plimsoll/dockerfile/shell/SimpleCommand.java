package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A simple command: environment prefixes, words, redirections. The first word is the command name,
 * as written: {@code sudo apt-get install} is named {@code sudo}; {@link #unwrapped()} looks
 * through such wrappers.
 *
 * @param assignments {@code NAME=value} words before the name; a command with no words is a plain
 *     assignment
 * @param words the name and the arguments
 * @param redirects redirections, wherever they were written
 * @param offset where the command starts in {@link ShellScript#text()}
 */
public record SimpleCommand(
    List<Assignment> assignments, List<Word> words, List<Redirect> redirects, int offset)
    implements Command {

  public SimpleCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirects = List.copyOf(redirects);
  }

  /** The name word, absent for a plain assignment or a lone redirection. */
  public Optional<Word> nameWord() {
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
  }

  /** The name's literal value, absent when there is none or it holds an expansion. */
  public Optional<String> name() {
    return nameWord().flatMap(Word::literal);
  }

  /**
   * The program's base name, {@code apt-get} for {@code /usr/bin/apt-get}, or {@code ""} when the
   * name is absent or not literal.
   */
  public String program() {
    String name = name().orElse("");
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** True when {@link #program()} is one of {@code programs}. */
  public boolean is(String... programs) {
    String program = program();
    for (String p : programs) {
      if (p.equals(program)) {
        return true;
      }
    }
    return false;
  }

  /** The words after the name. */
  public List<Word> arguments() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }

  /** The arguments split with no option taking a value, as hadolint splits them. */
  public Options options() {
    return Options.parse(arguments(), Set.of());
  }

  /** The arguments split, the named options taking a value ({@code -o}, {@code --prefix}). */
  public Options options(Set<String> valueFlags) {
    return Options.parse(arguments(), valueFlags);
  }

  /** The options, {@code -abc} giving {@code -a -b -c}. */
  public List<Flag> flags() {
    return options().flags();
  }

  /** True when the option, spelled with its dashes ({@code -y}, {@code --yes}), was given. */
  public boolean hasFlag(String name) {
    return options().has(name);
  }

  /** True when any of the options was given. */
  public boolean hasAnyFlag(String... names) {
    return options().has(names);
  }

  /** The operands, no option taking a value. */
  public List<Word> argsWithoutFlags() {
    return options().operands();
  }

  /** The operands, the named options consuming their values. */
  public List<Word> argsWithoutFlags(Set<String> valueFlags) {
    return options(valueFlags).operands();
  }

  /** The first operand: {@code install} in {@code apt-get -y install curl}. */
  public Optional<Word> subcommand(Set<String> valueFlags) {
    List<Word> operands = argsWithoutFlags(valueFlags);
    return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(0));
  }

  /** The first operand, no option taking a value. */
  public Optional<Word> subcommand() {
    return subcommand(Set.of());
  }

  /** The first operand's literal value, {@code ""} when there is none or it is not literal. */
  public String subcommandName(Set<String> valueFlags) {
    return subcommand(valueFlags).flatMap(Word::literal).orElse("");
  }

  /**
   * The command that actually runs, looking through {@code sudo}, {@code env VAR=x}, {@code
   * command}, {@code exec}, {@code nice}, {@code nohup}, {@code time}, {@code timeout}, {@code
   * xargs}, {@code gosu} and {@code su-exec} and their options; {@code env}'s assignments join the
   * prefixes. The command itself when it is not wrapped.
   */
  public SimpleCommand unwrapped() {
    return Wrappers.unwrap(this);
  }

  /**
   * This command and each command it wraps, outermost first: {@code sudo -u app npm ci} gives the
   * {@code sudo} command and the {@code npm} command. For rules about a wrapper itself ({@code
   * sudo}) or about any program run at any depth.
   */
  public List<SimpleCommand> layers() {
    return Wrappers.layers(this);
  }

  /**
   * The command substitutions ({@code $(...)}, backticks) in the command's words and assignments,
   * each parsed as a script of its own (lines count from 1 within it). They are not in {@link
   * ShellScript#commands()}, as in hadolint; a rule that cares, such as a check for pipes, reads
   * them here and may descend into theirs.
   */
  public List<ShellScript> substitutions() {
    List<Word> all = new ArrayList<>(words);
    assignments.forEach(a -> all.add(a.word()));
    List<ShellScript> out = new ArrayList<>();
    for (Word word : all) {
      if (word.expanded()) {
        Substitutions.bodies(word).forEach(body -> out.add(ShellScript.parse(body)));
      }
    }
    return out;
  }
}
