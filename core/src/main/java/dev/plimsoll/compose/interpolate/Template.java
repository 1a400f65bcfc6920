package dev.plimsoll.compose.interpolate;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One string's interpolation, as the Compose Specification defines it (interpolation.md) and
 * compose-go's {@code template} package does it: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-d}}
 * and {@code ${VAR-d}} (default when unset or empty / when unset), {@code ${VAR:?err}} and {@code
 * ${VAR?err}} (error), {@code ${VAR:+alt}} and {@code ${VAR+alt}} (replacement when set and not
 * empty / when set), nested in the default, error and replacement parts, and {@code $$} for a
 * literal {@code $}. A {@code $} that starts none of these stays as written ({@code "a $ b"}).
 *
 * <p>Written by hand because no Java library implements this grammar; the code follows compose-go's
 * cases (template_test.go), with one difference: the part after the operator is expanded only when
 * it is used, so {@code ${SET:-$UNSET}} does not count UNSET as used.
 */
public final class Template {
  private final Function<String, Optional<String>> lookup;
  private final Consumer<String> unset;

  /**
   * @param lookup a variable's value, empty when it is not set
   * @param unset told the name of each variable used without a default while not set
   */
  public Template(Function<String, Optional<String>> lookup, Consumer<String> unset) {
    this.lookup = lookup;
    this.unset = unset;
  }

  /** The text with every variable replaced. */
  public String substitute(String text) throws TemplateException {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = text.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0) {
          throw new TemplateException(
              "invalid interpolation format: unclosed ${ in \"" + text + "\"");
        }
        out.append(braced(text, text.substring(i + 2, close)));
        i = close + 1;
      } else if (isNameStart(next)) {
        int end = nameEnd(text, i + 1);
        String name = text.substring(i + 1, end);
        out.append(plain(name));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String whole, String inner) throws TemplateException {
    int end = inner.isEmpty() || !isNameStart(inner.charAt(0)) ? 0 : nameEnd(inner, 0);
    if (end == 0) {
      throw new TemplateException("invalid interpolation format: \"" + whole + "\"");
    }
    String name = inner.substring(0, end);
    String rest = inner.substring(end);
    if (rest.isEmpty()) {
      return plain(name);
    }
    boolean colon = rest.charAt(0) == ':';
    String op = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String arg = rest.substring(op.length());
    Optional<String> value = lookup.apply(name);
    boolean present = value.isPresent() && (!colon || !value.get().isEmpty());
    switch (op) {
      case ":-", "-" -> {
        return present ? value.get() : substitute(arg);
      }
      case ":+", "+" -> {
        return present ? substitute(arg) : value.orElse("");
      }
      case ":?", "?" -> {
        if (present) {
          return value.get();
        }
        String message = substitute(arg);
        throw new TemplateException(
            "required variable "
                + name
                + " is missing a value"
                + (message.isEmpty() ? "" : ": " + message));
      }
      default -> throw new TemplateException("invalid interpolation format: \"" + whole + "\"");
    }
  }

  private String plain(String name) {
    Optional<String> value = lookup.apply(name);
    if (value.isEmpty()) {
      unset.accept(name);
    }
    return value.orElse("");
  }

  /** The index of the brace that closes a "${" whose body starts at {@code from}. */
  private static int closingBrace(String s, int from) {
    int depth = 1;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '}' && --depth == 0) {
        return i;
      }
      if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        depth++;
        i++;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int nameEnd(String s, int from) {
    int i = from;
    while (i < s.length()
        && (isNameStart(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
      i++;
    }
    return i;
  }
}
