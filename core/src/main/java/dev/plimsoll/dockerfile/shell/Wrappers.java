package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Commands that run another command given as their operands. Their options are read only up to the
 * first operand, as their own getopt does ({@code sudo apt-get -y}: {@code -y} is apt's).
 */
final class Wrappers {
  private Wrappers() {}

  /** Wrapper to the options that take a value. */
  private static final Map<String, Set<String>> VALUE_FLAGS =
      Map.ofEntries(
          Map.entry(
              "sudo", Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user")),
          Map.entry("env", Set.of("-u", "-C", "-S", "--unset", "--chdir")),
          Map.entry("command", Set.of()),
          Map.entry("exec", Set.of("-a")),
          Map.entry("nice", Set.of("-n", "--adjustment")),
          Map.entry("nohup", Set.of()),
          Map.entry("time", Set.of("-f", "-o", "--format", "--output")),
          Map.entry("timeout", Set.of("-s", "-k", "--signal", "--kill-after")),
          Map.entry(
              "xargs",
              Set.of("-I", "-n", "-P", "-L", "-d", "-a", "-s", "-E", "--max-args", "--delimiter")),
          Map.entry("gosu", Set.of()),
          Map.entry("su-exec", Set.of()));

  /** Wrappers whose first operand is not the command: a duration, a user. */
  private static final Set<String> SKIP_FIRST_OPERAND = Set.of("timeout", "gosu", "su-exec");

  static SimpleCommand unwrap(SimpleCommand command) {
    List<SimpleCommand> layers = layers(command);
    return layers.get(layers.size() - 1);
  }

  /**
   * The command, then each command it wraps in turn: {@code sudo env A=1 make} gives {@code sudo
   * ...}, {@code env ...}, {@code make}. {@code command -v} and {@code command -V} only look a name
   * up, so they wrap nothing.
   */
  static List<SimpleCommand> layers(SimpleCommand command) {
    List<SimpleCommand> layers = new ArrayList<>();
    layers.add(command);
    SimpleCommand current = command;
    // Each round drops at least the wrapper's name, so this ends.
    while (VALUE_FLAGS.containsKey(current.program()) && !isLookup(current)) {
      String wrapper = current.program();
      List<Word> words = current.words();
      List<Assignment> assignments = new ArrayList<>(current.assignments());
      int i = skipOptions(words, 1, VALUE_FLAGS.get(wrapper));
      if (wrapper.equals("env")) {
        while (i < words.size() && Parser.assignment(words.get(i)).isPresent()) {
          assignments.add(Parser.assignment(words.get(i)).get());
          i++;
        }
      }
      if (SKIP_FIRST_OPERAND.contains(wrapper)) {
        i++;
      }
      if (i >= words.size()) {
        return layers;
      }
      current =
          new SimpleCommand(
              assignments, words.subList(i, words.size()), current.redirects(), current.offset());
      layers.add(current);
    }
    return layers;
  }

  /** {@code command -v NAME}: prints where NAME is, runs nothing (POSIX command utility). */
  private static boolean isLookup(SimpleCommand c) {
    if (!c.program().equals("command")) {
      return false;
    }
    for (Word w : c.arguments()) {
      String text = w.unquoted();
      if (text.length() < 2 || text.charAt(0) != '-' || text.equals("--")) {
        return false;
      }
      if (text.indexOf('v') > 0 || text.indexOf('V') > 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first word after the options that start at {@code from}. */
  private static int skipOptions(List<Word> words, int from, Set<String> valueFlags) {
    int i = from;
    while (i < words.size()) {
      String text = words.get(i).unquoted();
      if (text.equals("--")) {
        return i + 1;
      }
      if (text.length() < 2 || text.charAt(0) != '-') {
        return i;
      }
      boolean takesNext =
          text.startsWith("--")
              ? text.indexOf('=') < 0 && valueFlags.contains(text)
              : shortValueAtEnd(text, valueFlags);
      i += takesNext ? 2 : 1;
    }
    return i;
  }

  /** True when the first value-taking option in the cluster is its last letter. */
  private static boolean shortValueAtEnd(String text, Set<String> valueFlags) {
    for (int c = 1; c < text.length(); c++) {
      if (valueFlags.contains("-" + text.charAt(c))) {
        return c == text.length() - 1;
      }
    }
    return false;
  }
}
