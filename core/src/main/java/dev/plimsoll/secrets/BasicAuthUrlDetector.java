package dev.plimsoll.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.function.Consumer;

/**
 * A URL carrying a password in its user information, {@code scheme://user:password@host} (RFC 3986
 * section 3.2.1 calls the form deprecated for this reason). The finding is the password. The same
 * name twice ({@code anonymous:anonymous}) is a convention, not a secret.
 */
final class BasicAuthUrlDetector extends Detector {
  private static final String USERINFO_CHAR = "[^\\s:/?#@\"'<>\\\\\\[\\]{}|^`]";
  private static final Pattern URL =
      Pattern.compile(
          "(?:^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://("
              + USERINFO_CHAR
              + "{1,128}):("
              + USERINFO_CHAR
              + "{1,256})@[A-Za-z0-9\\[]");

  BasicAuthUrlDetector() {
    super("basic-auth-url", "Password in a URL", SecretSeverity.HIGH, List.of("://"));
  }

  @Override
  Reading read() {
    return (number, text, out) -> find(number, text, out);
  }

  private static void find(int number, String text, Consumer<Hit> out) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      if (!m.group(1).equals(m.group(2))) {
        out.accept(new Hit(number, m.start(2), m.end(2), m.group(2)));
      }
    }
  }
}
