package dev.plimsoll.dockerfile.instruction;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One expansion in progress: BuildKit's {@code shellWord}, reading the word code point by code
 * point as Go's {@code text/scanner} does. The substitution forms live in {@link Substitution}.
 */
final class ShellWord {
  static final int EOF = -1;

  /**
   * Deepest nesting of {@code ${...}} accepted. Go's stacks grow, Java's do not; far deeper than
   * any real Dockerfile and far shallower than what overflows a 512 KiB thread stack.
   */
  static final int MAX_NESTING = 128;

  /**
   * The largest expansion Plimsoll computes, in characters. Nested {@code ${V//p/r}} can multiply a
   * value's length at every level (geometric growth: a 500-byte word found by the fuzzer ran for
   * minutes); no real Dockerfile word comes near this. Plimsoll's own limit, not BuildKit's.
   */
  static final int MAX_RESULT = 4 << 20;

  final ShellLex lex;
  private final String source;
  private final Environment env;
  private final int[] text;
  private int pos;
  private boolean rawEscapes;
  private int depth;
  private final Set<String> used = new LinkedHashSet<>();
  private final Set<String> unmatched = new LinkedHashSet<>();

  ShellWord(ShellLex lex, String source, Environment env) {
    this.lex = lex;
    this.source = source;
    this.env = env;
    this.text = source.codePoints().toArray();
    // Go's text/scanner drops a byte order mark at the very start.
    this.pos = text.length > 0 && text[0] == 0xFEFF ? 1 : 0;
    this.rawEscapes = lex.rawEscapes();
  }

  ExpansionResult process() throws ExpansionException {
    WordSplitter words = new WordSplitter();
    String value = processStopOn(EOF, rawEscapes, words);
    return new ExpansionResult(value, words.finish(), used, unmatched);
  }

  int peek() {
    return pos < text.length ? text[pos] : EOF;
  }

  int next() {
    int ch = peek();
    if (ch != EOF) {
      pos++;
    }
    return ch;
  }

  ExpansionException fail(String reason) {
    return new ExpansionException(source, reason);
  }

  /** Refuses an expansion past {@link #MAX_RESULT}. */
  void checkSize(CharSequence result) throws ExpansionException {
    if (result.length() > MAX_RESULT) {
      throw fail("expansion is larger than " + (MAX_RESULT >> 20) + " MiB");
    }
  }

  /** Go's {@code string(rune)}: EOF (-1) becomes U+FFFD. */
  static String runeString(int ch) {
    return ch < 0 ? "\uFFFD" : new String(Character.toChars(ch));
  }

  /**
   * Reads up to {@code stopChar} (consumed) or the end of the word. Within {@code ${...}} the
   * pattern forms keep escapes ({@code raw}) so the pattern can tell {@code \*} from {@code *}.
   */
  String processStopOn(int stopChar, boolean raw, WordSplitter words) throws ExpansionException {
    StringBuilder result = new StringBuilder();
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      while (peek() != EOF) {
        int ch = peek();
        if (stopChar != EOF && ch == stopChar) {
          next();
          return result.toString();
        }
        if (ch == '$') {
          String expanded = processDollar();
          result.append(expanded);
          checkSize(result);
          // Expanded values split on their white space; quoted text never does.
          words.addString(expanded);
        } else if (!lex.skipProcessQuotes() && (ch == '\'' || ch == '"')) {
          String quoted = ch == '\'' ? processSingleQuote() : processDoubleQuote();
          result.append(quoted);
          words.addRawString(quoted);
        } else {
          ch = next();
          if (ch == lex.escapeToken()) {
            if (rawEscapes) {
              words.addRawChar(ch);
              result.appendCodePoint(ch);
            }
            ch = next();
            if (ch == EOF) {
              // An escape token at the very end escapes nothing and disappears.
              break;
            }
            words.addRawChar(ch);
          } else {
            words.addChar(ch);
          }
          result.appendCodePoint(ch);
        }
      }
      if (stopChar != EOF) {
        throw fail(
            "unexpected end of statement while looking for matching " + runeString(stopChar));
      }
      return result.toString();
    } finally {
      rawEscapes = saved;
    }
  }

  /** Everything up to the next {@code '} is literal; a single quote cannot be escaped inside. */
  private String processSingleQuote() throws ExpansionException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (lex.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw fail("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (lex.rawQuotes()) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  /**
   * Literal up to the next {@code "} except {@code $}, and the escape token before {@code "},
   * {@code $} or itself; before anything else the escape token stays, as in sh(1).
   */
  private String processDoubleQuote() throws ExpansionException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (lex.rawQuotes()) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int peeked = peek();
      if (peeked == EOF) {
        throw fail("unexpected end of statement while looking for matching double-quote");
      }
      if (peeked == '"') {
        next();
        if (lex.rawQuotes()) {
          result.append('"');
        }
        return result.toString();
      }
      if (peeked == '$') {
        result.append(processDollar());
        checkSize(result);
        continue;
      }
      ch = next();
      if (ch == lex.escapeToken()) {
        if (rawEscapes) {
          result.appendCodePoint(ch);
        }
        int after = peek();
        if (after == EOF) {
          continue;
        }
        if (after == '"' || after == '$' || after == lex.escapeToken()) {
          ch = next();
        }
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDollar() throws ExpansionException {
    if (depth >= MAX_NESTING) {
      throw fail("syntax error: substitutions nested deeper than " + MAX_NESTING);
    }
    depth++;
    try {
      return new Substitution(this).expand();
    } finally {
      depth--;
    }
  }

  /**
   * A name: letters, digits and {@code _}; or only digits when it starts with one (positional
   * parameters); or one of sh's special parameters.
   */
  String processName() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && isSpecialParam(ch)) {
        next();
        return runeString(ch);
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  /** POSIX special parameters (XCU 2.5.2); never set in a Dockerfile, but read as names. */
  private static boolean isSpecialParam(int ch) {
    return switch (ch) {
      case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
      default -> false;
    };
  }

  Optional<String> getEnv(String name) {
    Optional<String> value = lex.lookup(env, name);
    (value.isPresent() ? used : unmatched).add(name);
    return value;
  }

  String source() {
    return source;
  }
}
