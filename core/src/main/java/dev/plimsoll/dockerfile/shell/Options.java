package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments split into options and operands, the way hadolint's {@code getAllFlags}
 * does (every word starting with {@code -} is an option, anywhere, as GNU getopt permutes them;
 * {@code -abc} is {@code -a -b -c}; {@code --} ends the options; a lone {@code -} is an operand),
 * plus what hadolint leaves to each rule: options that take a value consume it, from {@code
 * --name=value}, from the rest of a short cluster ({@code -rreq.txt}) or from the next word.
 *
 * @param flags the options, in order
 * @param operands the other arguments, in order
 */
public record Options(List<Flag> flags, List<Word> operands) {

  public Options {
    flags = List.copyOf(flags);
    operands = List.copyOf(operands);
  }

  /**
   * Splits {@code args}.
   *
   * @param valueFlags the options that take a value, spelled with dashes: {@code -o}, {@code
   *     --target-release}
   */
  public static Options parse(List<Word> args, Set<String> valueFlags) {
    return parse(args, valueFlags, true);
  }

  /**
   * Splits {@code args} the way Go's {@code flag} package reads them: {@code -name} is one option,
   * never a cluster ({@code go build -ldflags=-s}).
   */
  public static Options parseSingleDash(List<Word> args, Set<String> valueFlags) {
    return parse(args, valueFlags, false);
  }

  private static Options parse(List<Word> args, Set<String> valueFlags, boolean clusters) {
    List<Flag> flags = new ArrayList<>();
    List<Word> operands = new ArrayList<>();
    boolean ended = false;
    for (int i = 0; i < args.size(); i++) {
      Word word = args.get(i);
      String text = word.unquoted();
      boolean next = i + 1 < args.size();
      if (ended || text.length() < 2 || text.charAt(0) != '-') {
        operands.add(word);
      } else if (text.equals("--")) {
        ended = true;
      } else if (text.startsWith("--") || !clusters) {
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(text.substring(eq + 1));
        if (value.isEmpty() && next && valueFlags.contains(name)) {
          value = Optional.of(args.get(++i).unquoted());
        }
        flags.add(new Flag(name, value, word));
      } else {
        for (int c = 1; c < text.length(); c++) {
          String name = "-" + text.charAt(c);
          if (!valueFlags.contains(name)) {
            flags.add(new Flag(name, Optional.empty(), word));
            continue;
          }
          Optional<String> value = Optional.empty();
          if (c + 1 < text.length()) {
            value = Optional.of(text.substring(c + 1));
          } else if (next) {
            value = Optional.of(args.get(++i).unquoted());
          }
          flags.add(new Flag(name, value, word));
          break;
        }
      }
    }
    return new Options(flags, operands);
  }

  /** True when any of the options was given. */
  public boolean has(String... names) {
    return flag(names).isPresent();
  }

  /** The first of the options given, if any. */
  public Optional<Flag> flag(String... names) {
    for (Flag flag : flags) {
      for (String name : names) {
        if (flag.name().equals(name)) {
          return Optional.of(flag);
        }
      }
    }
    return Optional.empty();
  }

  /** How many times any of the options was given: {@code -qq} counts {@code -q} twice. */
  public int count(String... names) {
    int n = 0;
    for (Flag flag : flags) {
      for (String name : names) {
        if (flag.name().equals(name)) {
          n++;
        }
      }
    }
    return n;
  }
}
