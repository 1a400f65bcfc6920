package dev.plimsoll.dockerfile.instruction;

import static dev.plimsoll.dockerfile.instruction.ShellWord.EOF;
import static dev.plimsoll.dockerfile.instruction.ShellWord.runeString;

import java.util.Optional;

/**
 * One {@code $...} reference: BuildKit's {@code processDollar}, with the scanner on the {@code $}.
 * The messages are BuildKit's, word for word, because users search for them.
 */
final class Substitution {
  private final ShellWord sw;

  Substitution(ShellWord sw) {
    this.sw = sw;
  }

  String expand() throws ExpansionException {
    sw.next();
    if (sw.peek() != '{') {
      String name = sw.processName();
      if (name.isEmpty()) {
        return "$";
      }
      Optional<String> value = sw.getEnv(name);
      if (value.isEmpty() && sw.lex.skipUnsetEnv()) {
        return "$" + name;
      }
      return value.orElse("");
    }
    sw.next();
    int first = sw.peek();
    if (first == EOF) {
      throw sw.fail("syntax error: missing '}'");
    }
    if (first == '{' || first == '}' || first == ':') {
      throw sw.fail("syntax error: bad substitution");
    }
    String name = sw.processName();
    int ch = sw.next();
    return switch (ch) {
      case '}' -> {
        Optional<String> value = sw.getEnv(name);
        if (value.isEmpty() && sw.lex.skipUnsetEnv()) {
          yield "${" + name + "}";
        }
        yield value.orElse("");
      }
      case ':' -> {
        // BuildKit reads the next character whatever it is, then handles it like the bare form.
        int modifier = sw.next();
        yield modified(name, modifier, ":" + runeString(modifier), true);
      }
      case '+', '-', '?', '#', '%' -> modified(name, ch, runeString(ch), false);
      case '/' -> replaced(name);
      default -> throw unsupported(runeString(ch));
    };
  }

  private ExpansionException unsupported(String modifier) {
    return sw.fail("unsupported modifier (" + modifier + ") in substitution");
  }

  /**
   * {@code ${name<op>word}}; with {@code nullIsUnset} (the {@code :} forms) empty counts as unset.
   */
  private String modified(String name, int op, String opText, boolean nullIsUnset)
      throws ExpansionException {
    boolean pattern = op == '#' || op == '%';
    if (nullIsUnset && pattern) {
      throw unsupported(opText);
    }
    String word = readUntil('}', pattern, "syntax error: missing '}'");
    Optional<String> found = sw.getEnv(name);
    if (found.isEmpty() && sw.lex.skipUnsetEnv()) {
      return "${" + name + opText + word + "}";
    }
    boolean set = found.isPresent();
    String value = found.orElse("");
    boolean absent = !set || (nullIsUnset && value.isEmpty());
    if (pattern) {
      // # and % remove the shortest match, ## and %% the longest.
      boolean greedy = !word.isEmpty() && word.charAt(0) == op;
      String glob = greedy ? word.substring(1) : word;
      if (op == '#') {
        return compile(glob, greedy).trimPrefix(value);
      }
      // BuildKit finds the shortest rightmost match by reversing pattern and value; its error
      // message then shows the reversed pattern, and so does ours.
      return compile(ShellPattern.reversePattern(glob), greedy).trimSuffixReversed(value);
    }
    return switch (op) {
      case '-' -> absent ? word : value;
      case '+' -> absent ? "" : word;
      case '?' -> {
        if (!set) {
          throw sw.fail(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
        }
        if (absent) {
          throw sw.fail(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
        }
        yield value;
      }
      default -> throw unsupported(opText);
    };
  }

  /** {@code ${name/pattern/replacement}} and {@code ${name//pattern/replacement}}. */
  private String replaced(String name) throws ExpansionException {
    boolean all = sw.peek() == '/';
    if (all) {
      sw.next();
    }
    String pattern = readUntil('/', true, "syntax error: missing '/' in ${}");
    String replacement = readUntil('}', true, "syntax error: missing '}'");
    Optional<String> found = sw.getEnv(name);
    if (found.isEmpty() && sw.lex.skipUnsetEnv()) {
      // BuildKit writes a single slash back even for //, so the second pass replaces only once.
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    String value = found.orElse("");
    ShellPattern compiled = compile(pattern, true);
    String result =
        all
            ? compiled
                .replaceAll(value, replacement, ShellWord.MAX_RESULT)
                .orElseThrow(
                    () ->
                        sw.fail(
                            "expansion is larger than " + (ShellWord.MAX_RESULT >> 20) + " MiB"))
            : compiled.replaceFirst(value, replacement);
    sw.checkSize(result);
    return result;
  }

  private String readUntil(int stop, boolean raw, String missing) throws ExpansionException {
    // A fresh splitter per nested read, as BuildKit had before it shared one words buffer across
    // nested processStopOn calls; sharing it would drop "ab" from ProcessWords("ab${X:-c}d").
    try {
      return sw.processStopOn(stop, raw, new WordSplitter());
    } catch (ExpansionException e) {
      // Any failure that ran into the end of the word is reported as the missing terminator.
      if (sw.peek() == EOF) {
        throw sw.fail(missing);
      }
      throw e;
    }
  }

  private ShellPattern compile(String pattern, boolean greedy) throws ExpansionException {
    Optional<String> problem = ShellPattern.problem(pattern);
    if (problem.isPresent()) {
      throw sw.fail("invalid pattern (" + pattern + ") in substitution: " + problem.get());
    }
    return ShellPattern.compile(pattern, greedy);
  }
}
