package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.shell.SimpleCommand;
import dev.plimsoll.dockerfile.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command that runs code: a shell, python, perl, ruby, node or php, and where the code comes
 * from. Each reads its options up to the first operand, which is the script file, as their manual
 * pages say; code given inline ({@code sh -c}, {@code python -c}, {@code perl -e}) or a module
 * ({@code python -m}) leaves standard input as data, and so does {@code eval}; {@code source} runs
 * its operand; no operand, {@code -}, {@code /dev/stdin} or a shell's {@code -s} runs standard
 * input; php runs standard input when {@code --} comes first.
 *
 * @param program the interpreter's name
 * @param source where its code comes from
 * @param code the inline code or script file operand; absent when the code is standard input
 */
record Interpreter(String program, Source source, Optional<Word> code) {

  /** Where the code comes from. */
  enum Source {
    STDIN,
    INLINE,
    FILE
  }

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");

  /** The interpreter a command runs, wrappers removed; {@code busybox sh} counts. */
  static Optional<Interpreter> of(SimpleCommand written) {
    SimpleCommand c = written.unwrapped();
    List<Word> args = c.arguments();
    if (c.is("eval")) {
      return Optional.of(new Interpreter("eval", Source.INLINE, args.stream().findFirst()));
    }
    if (c.is("source", ".")) {
      return Optional.of(operand(c.program(), args.stream().findFirst()));
    }
    if (c.is("busybox") && !args.isEmpty() && args.get(0).is("sh", "ash")) {
      String shell = args.get(0).literal().orElse("sh");
      return spec(shell).map(s -> read(shell, s, args.subList(1, args.size())));
    }
    return spec(c.program()).map(s -> read(c.program(), s, args));
  }

  private record Spec(String inline, String values, Set<String> longInline, boolean shell) {}

  private static Optional<Spec> spec(String program) {
    if (SHELLS.contains(program)) {
      return Optional.of(new Spec("c", "oO", Set.of(), true));
    }
    if (isVersioned(program, "python") || isVersioned(program, "pypy")) {
      return Optional.of(new Spec("cm", "WXQ", Set.of(), false));
    }
    return switch (program) {
      case "perl" -> Optional.of(new Spec("eE", "IMm", Set.of(), false));
      case "ruby" -> Optional.of(new Spec("e", "Ir", Set.of(), false));
      case "node", "nodejs" -> Optional.of(new Spec("ep", "r", Set.of("--eval", "--print"), false));
      case "php" -> Optional.of(new Spec("rBRFE", "cdz", Set.of(), false));
      default -> Optional.empty();
    };
  }

  private static Interpreter read(String program, Spec spec, List<Word> args) {
    for (int i = 0; i < args.size(); i++) {
      String text = args.get(i).unquoted();
      Optional<Word> next = i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
      if (text.equals("--")) {
        if (program.equals("php")) {
          return new Interpreter(program, Source.STDIN, Optional.empty());
        }
        return operand(program, next);
      }
      if (text.startsWith("--")) {
        String name = text.contains("=") ? text.substring(0, text.indexOf('=')) : text;
        if (spec.longInline().contains(name)) {
          return new Interpreter(program, Source.INLINE, next);
        }
        continue;
      }
      if (text.length() > 1 && (text.charAt(0) == '-' || (spec.shell() && text.charAt(0) == '+'))) {
        for (int k = 1; k < text.length(); k++) {
          char ch = text.charAt(k);
          if (spec.inline().indexOf(ch) >= 0 && text.charAt(0) == '-') {
            return new Interpreter(program, Source.INLINE, next);
          }
          if (spec.shell() && ch == 's' && text.charAt(0) == '-') {
            return new Interpreter(program, Source.STDIN, Optional.empty());
          }
          if (spec.values().indexOf(ch) >= 0) {
            i += k == text.length() - 1 ? 1 : 0;
            break;
          }
        }
        continue;
      }
      return operand(program, Optional.of(args.get(i)));
    }
    return new Interpreter(program, Source.STDIN, Optional.empty());
  }

  private static Interpreter operand(String program, Optional<Word> word) {
    if (word.isEmpty() || word.get().is("-", "/dev/stdin")) {
      return new Interpreter(program, Source.STDIN, Optional.empty());
    }
    return new Interpreter(program, Source.FILE, word);
  }

  /** {@code python}, {@code python3}, {@code python3.12}. */
  private static boolean isVersioned(String program, String base) {
    if (!program.startsWith(base)) {
      return false;
    }
    for (int i = base.length(); i < program.length(); i++) {
      char ch = program.charAt(i);
      if (!Character.isDigit(ch) && ch != '.') {
        return false;
      }
    }
    return true;
  }
}
