package dev.plimsoll.context;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Optional;

/**
 * One {@code .dockerignore} pattern, compiled as moby/patternmatcher's {@code Pattern.compile}
 * does: a literal compares exactly, {@code foo/**} by prefix, {@code **}{@code /foo} by suffix,
 * anything else through the regular expression patternmatcher builds (kept verbatim, quirks
 * included, then compiled by RE2/J, Go's regexp engine in Java).
 */
final class IgnorePattern {
  private enum Kind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEXP
  }

  private final String cleaned;
  private final boolean exception;
  private final Kind kind;
  private final Optional<Pattern> regexp;

  private IgnorePattern(String cleaned, boolean exception, Kind kind, Optional<Pattern> regexp) {
    this.cleaned = cleaned;
    this.exception = exception;
    this.kind = kind;
    this.regexp = regexp;
  }

  /**
   * patternmatcher's {@code New} for one pattern, already trimmed and non-empty: clean, split off
   * {@code !}, check the syntax as {@code filepath.Match} does, compile.
   *
   * @throws IllegalArgumentException with what is wrong, when Docker refuses the pattern
   */
  static IgnorePattern of(String trimmed) {
    String p = GoPath.clean(trimmed);
    boolean exception = p.charAt(0) == '!';
    if (exception) {
      if (p.length() == 1) {
        throw new IllegalArgumentException("illegal exclusion pattern: \"!\"");
      }
      p = p.substring(1);
    }
    GlobSyntax.check(p);
    return compile(p, exception);
  }

  boolean exception() {
    return exception;
  }

  @Override
  public String toString() {
    return (exception ? "!" : "") + cleaned;
  }

  boolean matches(String path) {
    return switch (kind) {
      case EXACT -> path.equals(cleaned);
      case PREFIX -> path.startsWith(cleaned.substring(0, cleaned.length() - 2));
      // "**/foo" also matches "foo" itself.
      case SUFFIX ->
          path.endsWith(cleaned.substring(2))
              || (cleaned.charAt(2) == '/' && path.equals(cleaned.substring(3)));
      case REGEXP -> regexp.orElseThrow().matcher(path).find();
    };
  }

  /**
   * Whether the pattern could match {@code dir}, a folder above it, or anything inside it. Errs
   * toward yes: only the literal text before the first wildcard or escape is compared, so a walk
   * that skips a folder on a "no" never misses a path an exception re-includes.
   */
  boolean mayReach(String dir) {
    int meta = 0;
    while (meta < cleaned.length() && "*?[\\".indexOf(cleaned.charAt(meta)) < 0) {
      meta++;
    }
    String inside = dir + "/";
    if (meta == cleaned.length()) {
      // No wildcard: the pattern names one path, matching it or (through parents) below it.
      return cleaned.equals(dir) || inside.startsWith(cleaned + "/") || cleaned.startsWith(inside);
    }
    String literal = cleaned.substring(0, meta);
    return inside.startsWith(literal) || literal.startsWith(inside);
  }

  /** The regular expression text and kind, character for character as patternmatcher builds it. */
  private static IgnorePattern compile(String pattern, boolean exception) {
    StringBuilder re = new StringBuilder("^");
    Kind kind = Kind.EXACT;
    int[] cps = pattern.codePoints().toArray();
    int at = 0;
    for (int i = 0; at < cps.length; i++) {
      int ch = cps[at++];
      if (ch == '*') {
        if (at < cps.length && cps[at] == '*') {
          at++;
          if (at < cps.length && cps[at] == '/') {
            at++;
          }
          if (at == cps.length) {
            if (kind == Kind.EXACT) {
              kind = Kind.PREFIX;
            } else {
              re.append(".*");
              kind = Kind.REGEXP;
            }
          } else {
            re.append("(.*/)?");
            kind = Kind.REGEXP;
          }
          if (i == 0) {
            kind = Kind.SUFFIX;
          }
        } else {
          re.append("[^/]*");
          kind = Kind.REGEXP;
        }
      } else if (ch == '?') {
        re.append("[^/]");
        kind = Kind.REGEXP;
      } else if (".+()|{}$".indexOf(ch) >= 0) {
        re.append('\\').appendCodePoint(ch);
      } else if (ch == '\\') {
        if (at < cps.length) {
          re.append('\\').appendCodePoint(cps[at++]);
          kind = Kind.REGEXP;
        } else {
          re.append('\\');
        }
      } else if (ch == '[' || ch == ']') {
        re.appendCodePoint(ch);
        kind = Kind.REGEXP;
      } else {
        re.appendCodePoint(ch);
      }
    }
    Optional<Pattern> regexp = Optional.empty();
    if (kind == Kind.REGEXP) {
      re.append('$');
      // RE2/J is Go's regexp ported to Java: the same syntax patternmatcher writes for, and
      // linear-time matching, so a pattern of hundreds of stars cannot hang the walk.
      try {
        regexp = Optional.of(Pattern.compile(re.toString()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "error parsing regexp: " + e.getDescription() + ": `" + re + "`", e);
      }
    }
    return new IgnorePattern(pattern, exception, kind, regexp);
  }
}
