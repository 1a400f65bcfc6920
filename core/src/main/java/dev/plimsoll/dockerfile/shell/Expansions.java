package dev.plimsoll.dockerfile.shell;

import java.util.function.ObjIntConsumer;

/**
 * Parameter expansions, command substitutions ({@code $(...)}, backticks), arithmetic ({@code
 * $((...))}), process substitutions and ANSI-C quotes inside a word. Substitutions are kept opaque:
 * only their extent is found, with an explicit stack of what is open, so nesting costs no Java
 * stack; past {@link #MAX_DEPTH} levels the rest is read flat and a problem is reported.
 */
final class Expansions {
  static final int MAX_DEPTH = 64;

  private final String s;
  private final int n;
  private final ObjIntConsumer<String> problems;

  Expansions(String script, ObjIntConsumer<String> problems) {
    this.s = script;
    this.n = script.length();
    this.problems = problems;
  }

  /**
   * Reads what starts at {@code i} (a {@code $}, a backtick, or {@code <(} / {@code >(}), adds it
   * to {@code text} and returns the index after it.
   */
  int dollarOrBacktick(int i, WordText text, boolean inDouble) {
    char c = s.charAt(i);
    char next = i + 1 < n ? s.charAt(i + 1) : '\0';
    int end;
    if (c == '`') {
      end = skip(i + 1, '`');
    } else if (c != '$') {
      end = skip(i + 2, ')');
    } else if (next == '(') {
      end = skip(i + 2, ')');
    } else if (next == '{') {
      end = skip(i + 2, '}');
    } else if (next == '\'' && !inDouble) {
      return ansiC(i + 2, text);
    } else if (next == '"' && !inDouble) {
      return i + 1; // $"..." is a translated string; the quote that follows reads it
    } else if (isNameStart(next)) {
      end = i + 2;
      while (end < n && isNameChar(s.charAt(end))) {
        end++;
      }
    } else if ((next >= '0' && next <= '9') || (next != '\0' && "@*#?$!-".indexOf(next) >= 0)) {
      end = i + 2;
    } else {
      text.literal.append('$');
      return i + 1;
    }
    text.expanded = true;
    text.literal.append(s, i, end);
    return end;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  /** {@code $'...'}: the common escapes decoded, the others kept as the character they quote. */
  private int ansiC(int from, WordText text) {
    text.quoted = true;
    int i = from;
    while (i < n && s.charAt(i) != '\'') {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char e = s.charAt(i + 1);
        text.literal.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
        i += 2;
      } else {
        text.literal.append(c);
        i++;
      }
    }
    if (i >= n) {
      problems.accept("unterminated $' quote", from - 2);
      return n;
    }
    return i + 1;
  }

  /**
   * The index after the {@code closer} that ends what opened just before {@code from}. Inside,
   * quotes, escapes and further substitutions are skipped whole.
   */
  int skip(int from, char closer) {
    char[] open = new char[MAX_DEPTH];
    int depth = 0;
    open[depth++] = closer;
    boolean tooDeep = false;
    int i = from;
    while (i < n) {
      char top = open[depth - 1];
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : '\0';
      char push = '\0';
      int step = 1;
      if (c == '\\') {
        step = 2;
      } else if (c == top) {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == '\'' && top != '"') {
        int close = s.indexOf('\'', i + 1);
        step = (close < 0 ? n : close + 1) - i;
      } else if (c == '"') {
        push = '"';
      } else if (c == '`') {
        push = '`';
      } else if (c == '$' && next == '(') {
        push = ')';
        step = 2;
      } else if (c == '$' && next == '{') {
        push = '}';
        step = 2;
      } else if (c == '(' && top == ')') {
        push = ')';
      } else if (c == '#' && top == ')' && startsWord(i)) {
        int newline = s.indexOf('\n', i);
        step = (newline < 0 ? n : newline) - i;
      }
      if (push != '\0') {
        if (depth < MAX_DEPTH) {
          open[depth++] = push;
        } else if (!tooDeep) {
          tooDeep = true;
          problems.accept("nesting deeper than " + MAX_DEPTH + " levels", i);
        }
      }
      i += Math.max(step, 1);
    }
    problems.accept("unterminated " + opener(closer), from - 1);
    return n;
  }

  private boolean startsWord(int i) {
    return i == 0 || " \t\n;&|(".indexOf(s.charAt(i - 1)) >= 0;
  }

  private static String opener(char closer) {
    return closer == ')' ? "$(" : closer == '}' ? "${" : "`";
  }
}
