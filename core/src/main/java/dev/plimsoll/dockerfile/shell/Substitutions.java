package dev.plimsoll.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The command substitutions ({@code $(...)} and backticks) written in a word, as scripts of their
 * own. The parser keeps them opaque; rules that care about what runs inside one (a pipe in {@code
 * VERSION=$(curl -s URL | jq -r .tag)}) parse them here, on demand.
 */
final class Substitutions {
  private Substitutions() {}

  /** The bodies of the word's substitutions, outermost only, in order; single quotes hide them. */
  static List<String> bodies(Word word) {
    String raw = word.raw();
    Expansions scanner = new Expansions(raw, (problem, at) -> {});
    List<String> out = new ArrayList<>();
    boolean inDouble = false;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      char next = i + 1 < raw.length() ? raw.charAt(i + 1) : '\0';
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' && !inDouble) {
        int close = raw.indexOf('\'', i + 1);
        i = close < 0 ? raw.length() : close + 1;
      } else if (c == '"') {
        inDouble = !inDouble;
        i++;
      } else if (c == '$' && next == '(' && !(i + 2 < raw.length() && raw.charAt(i + 2) == '(')) {
        int end = scanner.skip(i + 2, ')');
        out.add(raw.substring(i + 2, Math.max(i + 2, end - 1)));
        i = end;
      } else if (c == '`') {
        int end = scanner.skip(i + 1, '`');
        out.add(raw.substring(i + 1, Math.max(i + 1, end - 1)));
        i = end;
      } else if (c == '$' && (next == '{' || next == '(')) {
        i = scanner.skip(i + 2, next == '{' ? '}' : ')');
      } else {
        i++;
      }
    }
    return out;
  }
}
