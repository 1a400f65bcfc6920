package dev.plimsoll.dockerfile.instruction;

import java.util.Arrays;
import java.util.Optional;

/**
 * A pattern of {@code ${V#p}}, {@code ${V%p}} and {@code ${V/p/r}}: {@code *} any run, {@code ?}
 * one character, {@code \*} {@code \?} {@code \\} literal, no bracket expressions. BuildKit turns
 * it into a Go regular expression ({@code convertShellPatternToRegex}): {@code *} becomes {@code
 * .*} (or {@code .*?} for the shortest forms) and {@code ?} becomes {@code .}, so neither matches a
 * newline, and Go picks matches leftmost-first. {@link PatternMachine} reproduces those matches in
 * time linear in the value for a given pattern, as Go's RE2 does; a backtracking regex would not.
 */
final class ShellPattern {
  private final PatternMachine machine;

  private ShellPattern(PatternMachine machine) {
    this.machine = machine;
  }

  /** BuildKit's complaint about {@code pattern}, if it has one: only {@code invalid escape}. */
  static Optional<String> problem(String pattern) {
    int[] cps = codePoints(pattern);
    int i = start(cps);
    while (i < cps.length) {
      int tok = cps[i++];
      int after = i < cps.length ? cps[i] : ShellWord.EOF;
      if (tok != '\\' || after == '}' || after == '/') {
        continue;
      }
      if (after != '*' && after != '?' && after != '\\') {
        // Go formats EOF (-1) with %c as U+FFFD.
        return Optional.of("invalid escape '\\" + ShellWord.runeString(after) + "'");
      }
      i++;
    }
    return Optional.empty();
  }

  /** Compiles a pattern that has no {@link #problem}. */
  static ShellPattern compile(String pattern, boolean greedy) {
    int[] cps = codePoints(pattern);
    int[] program = new int[cps.length];
    int size = 0;
    int i = start(cps);
    while (i < cps.length) {
      int tok = cps[i++];
      if (tok == '*') {
        // Adjacent stars match the same texts and end at the same place; one is enough.
        if (size == 0 || program[size - 1] != PatternMachine.STAR) {
          program[size++] = PatternMachine.STAR;
        }
      } else if (tok == '?') {
        program[size++] = PatternMachine.ANY;
      } else if (tok == '\\') {
        // "\}" and "\/" only protect the delimiter of ${}: the backslash is not part of the
        // pattern.
        if (cps[i] != '}' && cps[i] != '/') {
          program[size++] = cps[i++];
        }
      } else {
        program[size++] = tok;
      }
    }
    return new ShellPattern(new PatternMachine(Arrays.copyOf(program, size), greedy));
  }

  /** Go's {@code text/scanner} skips a byte order mark at the start of the pattern too. */
  private static int start(int[] cps) {
    return cps.length > 0 && cps[0] == 0xFEFF ? 1 : 0;
  }

  static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }

  /** {@code ${V#p}}: removes the match anchored at the start, if any. */
  String trimPrefix(String value) {
    int[] text = codePoints(value);
    int[] span = new int[2];
    return machine.search(text, 0, true, span)
        ? new String(text, span[1], text.length - span[1])
        : value;
  }

  /** {@code ${V%p}} with this pattern already reversed: matches the reversed value at its start. */
  String trimSuffixReversed(String value) {
    int[] text = codePoints(value);
    int[] reversed = new int[text.length];
    for (int i = 0; i < text.length; i++) {
      reversed[i] = text[text.length - 1 - i];
    }
    int[] span = new int[2];
    return machine.search(reversed, 0, true, span)
        ? new String(text, 0, text.length - span[1])
        : value;
  }

  /** {@code ${V/p/r}}: replaces the leftmost match, {@code r} taken literally. */
  String replaceFirst(String value, String replacement) {
    int[] text = codePoints(value);
    int[] span = new int[2];
    if (!machine.search(text, 0, false, span)) {
      return value;
    }
    return new String(text, 0, span[0])
        + replacement
        + new String(text, span[1], text.length - span[1]);
  }

  /**
   * {@code ${V//p/r}}: Go's {@code Regexp.ReplaceAllString}, including its quirks: an empty match
   * right after a match is not replaced, and {@code r} is a template where {@code $0} is the match,
   * {@code $$} a dollar, and any other {@code $name} nothing. Empty when the result would pass
   * {@code limit} characters.
   */
  Optional<String> replaceAll(String value, String replacement, int limit) {
    int[] text = codePoints(value);
    StringBuilder out = new StringBuilder(value.length());
    int[] span = new int[2];
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= text.length && machine.search(text, searchPos, false, span)) {
      GoTemplate.appendCodePoints(out, text, lastMatchEnd, span[0]);
      if (span[1] > lastMatchEnd || span[0] == 0) {
        GoTemplate.expand(out, replacement, text, span[0], span[1]);
      }
      if (out.length() > limit) {
        return Optional.empty();
      }
      lastMatchEnd = span[1];
      // Always advance at least one character.
      searchPos = Math.max(searchPos + 1, span[1]);
    }
    GoTemplate.appendCodePoints(out, text, lastMatchEnd, text.length);
    return Optional.of(out.toString());
  }

  /** Reverses a pattern keeping each {@code \x} escape in front of what it escapes. */
  static String reversePattern(String pattern) {
    int[] in = codePoints(pattern);
    int[] out = new int[in.length];
    int last = in.length - 1;
    for (int i = 0; i <= last; ) {
      int outIdx = last - i;
      if (in[i] == '\\' && i != last) {
        out[outIdx - 1] = in[i];
        out[outIdx] = in[i + 1];
        i += 2;
      } else {
        out[outIdx] = in[i];
        i++;
      }
    }
    return new String(out, 0, out.length);
  }
}
