package dev.plimsoll.compose.interpolate;

import dev.plimsoll.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@code .env} file as compose-go's {@code dotenv} parser reads it: {@code KEY=value} or {@code
 * KEY: value}, an optional {@code export } before the key, {@code #} comments on their own line or
 * after a space in an unquoted value, single quotes (literal, may span lines), double quotes (may
 * span lines; {@code \n}, {@code \r}, {@code \t}, {@code \\}, {@code \"} and {@code \$} are
 * escapes) and interpolation of unquoted and double-quoted values. A key alone on its line takes
 * its value from the environment, and is left out when the environment has none.
 *
 * <p>Written by hand: the Java dotenv libraries (dotenv-java) follow the Ruby gem's rules, not
 * compose-go's (no {@code KEY: value}, no interpolation, different escapes).
 */
public final class DotEnv {
  private final String file;
  private final String text;
  private final Function<String, Optional<String>> lookup;
  private final Map<String, String> out = new LinkedHashMap<>();
  private int i;

  private DotEnv(String file, String text, Function<String, Optional<String>> lookup) {
    this.file = file;
    this.text = text;
    this.lookup = lookup;
  }

  /**
   * The variables the file sets, in order.
   *
   * @param lookup values from outside the file (the environment, earlier files); they win over the
   *     file's own values when a value refers to a variable
   */
  public static Map<String, String> parse(
      String file, String text, Function<String, Optional<String>> lookup)
      throws BadInputException {
    DotEnv p = new DotEnv(file, text.startsWith("\uFEFF") ? text.substring(1) : text, lookup);
    p.statements();
    return p.out;
  }

  private void statements() throws BadInputException {
    while (true) {
      skipBlank();
      if (i >= text.length()) {
        return;
      }
      if (text.charAt(i) == '#') {
        skipLine();
        continue;
      }
      int start = i;
      if (text.startsWith("export", i)
          && i + 6 < text.length()
          && (text.charAt(i + 6) == ' ' || text.charAt(i + 6) == '\t')) {
        i += 6;
        skipSpaces();
      }
      int keyStart = i;
      while (i < text.length() && isKeyChar(text.charAt(i))) {
        i++;
      }
      String key = text.substring(keyStart, i);
      skipSpaces();
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (key.isEmpty() || (c != '=' && c != ':' && c != '\n' && c != '#')) {
        throw new BadInputException(
            file,
            line(start),
            "unexpected character '" + c + "' in variable name near \"" + head(start) + "\"");
      }
      if (c == '\n' || c == '#') {
        lookup.apply(key).ifPresent(v -> out.put(key, v));
        skipLine();
        continue;
      }
      i++;
      skipSpaces();
      out.put(key, value(start));
    }
  }

  private String value(int start) throws BadInputException {
    if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
      char quote = text.charAt(i);
      int open = i++;
      StringBuilder raw = new StringBuilder();
      while (i < text.length() && text.charAt(i) != quote) {
        if (text.charAt(i) == '\\' && i + 1 < text.length() && quote == '"') {
          raw.append(text.charAt(i)).append(text.charAt(i + 1));
          i += 2;
          continue;
        }
        raw.append(text.charAt(i++));
      }
      if (i >= text.length()) {
        throw new BadInputException(file, line(open), "unterminated quoted value " + head(start));
      }
      i++;
      skipLine(); // what follows the closing quote on its line is a comment or nothing
      return quote == '\'' ? raw.toString() : expand(unescape(raw.toString()), start);
    }
    int end = text.indexOf('\n', i);
    String v = text.substring(i, end < 0 ? text.length() : end);
    i = end < 0 ? text.length() : end;
    int comment = inlineComment(v);
    if (comment >= 0) {
      v = v.substring(0, comment);
    }
    return expand(v.strip(), start);
  }

  /** A {@code #} that starts the value or follows a space begins a comment. */
  private static int inlineComment(String v) {
    for (int k = 0; k < v.length(); k++) {
      if (v.charAt(k) == '#' && (k == 0 || v.charAt(k - 1) == ' ' || v.charAt(k - 1) == '\t')) {
        return k;
      }
    }
    return -1;
  }

  /** Double-quote escapes; {@code \$} becomes {@code $$} so interpolation leaves one {@code $}. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c != '\\' || k + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++k);
      switch (n) {
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case '$' -> b.append("$$");
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  private String expand(String value, int start) throws BadInputException {
    Template t =
        new Template(
            name -> {
              Optional<String> v = lookup.apply(name);
              return v.isPresent() ? v : Optional.ofNullable(out.get(name));
            },
            name -> {});
    try {
      return t.substitute(value);
    } catch (TemplateException e) {
      throw new BadInputException(file, line(start), e.getMessage());
    }
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private void skipBlank() {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
  }

  private void skipSpaces() {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
  }

  private void skipLine() {
    int end = text.indexOf('\n', i);
    i = end < 0 ? text.length() : end + 1;
  }

  private int line(int offset) {
    int n = 1;
    for (int k = 0; k < offset && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        n++;
      }
    }
    return n;
  }

  private String head(int start) {
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
