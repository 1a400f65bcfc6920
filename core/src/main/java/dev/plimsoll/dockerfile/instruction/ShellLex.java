package dev.plimsoll.dockerfile.instruction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shell-word variable expansion as BuildKit does it for ENV, ARG, COPY, WORKDIR and the other
 * instructions that expand variables: a port of {@code frontend/dockerfile/shell/lex.go}. It
 * removes quotes, honours the escape token, expands {@code $V}, {@code ${V}}, the {@code -}, {@code
 * +} and {@code ?} forms with and without {@code :}, and BuildKit's pattern forms {@code #}, {@code
 * ##}, {@code %}, {@code %%}, {@code /} and {@code //}. It is not a shell: no command substitution,
 * no arithmetic, no globbing of file names.
 *
 * <p>Instances are immutable and safe to share; each call keeps its own state.
 */
public final class ShellLex {

  /** How variable names compare, as BuildKit's {@code NormalizeEnvKey} does per platform. */
  public enum Platform {
    /** Names are case-sensitive. */
    UNIX,
    /** Names compare upper-cased, so {@code $pwd} reads {@code PWD}. */
    WINDOWS
  }

  private final int escapeToken;
  private final Platform platform;
  private final boolean rawQuotes;
  private final boolean rawEscapes;
  private final boolean skipProcessQuotes;
  private final boolean skipUnsetEnv;

  /** A Unix lexer for a Dockerfile whose escape directive is {@code escapeToken}. */
  public ShellLex(char escapeToken) {
    this(escapeToken, Platform.UNIX);
  }

  /**
   * A lexer for {@code escapeToken}, {@code \} or {@code `} (the only two a {@code # escape=}
   * directive accepts), comparing names as {@code platform} does.
   */
  public ShellLex(char escapeToken, Platform platform) {
    this(checkEscape(escapeToken), platform, false, false, false, false);
  }

  private ShellLex(
      int escapeToken,
      Platform platform,
      boolean rawQuotes,
      boolean rawEscapes,
      boolean skipProcessQuotes,
      boolean skipUnsetEnv) {
    this.escapeToken = escapeToken;
    this.platform = platform;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.skipProcessQuotes = skipProcessQuotes;
    this.skipUnsetEnv = skipUnsetEnv;
  }

  private static int checkEscape(char escapeToken) {
    if (escapeToken != '\\' && escapeToken != '`') {
      throw new IllegalArgumentException("escape token must be \\ or `, not " + escapeToken);
    }
    return escapeToken;
  }

  /** Keep quote characters in the result (BuildKit's {@code RawQuotes}). */
  public ShellLex withRawQuotes(boolean on) {
    return new ShellLex(escapeToken, platform, on, rawEscapes, skipProcessQuotes, skipUnsetEnv);
  }

  /** Keep escape tokens in the result (BuildKit's {@code RawEscapes}). */
  public ShellLex withRawEscapes(boolean on) {
    return new ShellLex(escapeToken, platform, rawQuotes, on, skipProcessQuotes, skipUnsetEnv);
  }

  /** Treat quotes as ordinary characters (BuildKit's {@code SkipProcessQuotes}). */
  public ShellLex withSkipProcessQuotes(boolean on) {
    return new ShellLex(escapeToken, platform, rawQuotes, rawEscapes, on, skipUnsetEnv);
  }

  /**
   * Leave references to unset variables as written instead of expanding them to nothing (BuildKit's
   * {@code SkipUnsetEnv}); used with raw quotes when a later stage expands again.
   */
  public ShellLex withSkipUnsetEnv(boolean on) {
    return new ShellLex(escapeToken, platform, rawQuotes, rawEscapes, skipProcessQuotes, on);
  }

  /**
   * Expands one word: BuildKit's {@code ProcessWordWithMatches}. The result also holds the word
   * split into words, and which variables were used and which were referenced but unset.
   *
   * @throws ExpansionException with BuildKit's message when BuildKit would refuse the word
   */
  public ExpansionResult processWord(String word, Environment env) throws ExpansionException {
    return new ShellWord(this, word, env).process();
  }

  /**
   * Expands {@code word} and splits the result into words (BuildKit's {@code ProcessWords}):
   * splitting happens after expansion, on white space that was neither quoted nor escaped.
   */
  public List<String> processWords(String word, Environment env) throws ExpansionException {
    return processWord(word, env).words();
  }

  int escapeToken() {
    return escapeToken;
  }

  boolean rawQuotes() {
    return rawQuotes;
  }

  boolean rawEscapes() {
    return rawEscapes;
  }

  boolean skipProcessQuotes() {
    return skipProcessQuotes;
  }

  boolean skipUnsetEnv() {
    return skipUnsetEnv;
  }

  /** Looks {@code name} up as the platform compares names. */
  Optional<String> lookup(Environment env, String name) {
    if (platform == Platform.UNIX) {
      return env.get(name);
    }
    // BuildKit upper-cases every key on Windows, so the last key equal ignoring case wins.
    String wanted = name.toUpperCase(Locale.ROOT);
    Optional<String> found = Optional.empty();
    for (String key : env.names()) {
      if (key.toUpperCase(Locale.ROOT).equals(wanted)) {
        found = env.get(key);
      }
    }
    return found;
  }
}
