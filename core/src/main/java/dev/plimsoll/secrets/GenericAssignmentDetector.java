package dev.plimsoll.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A value assigned to a name that says it is secret ({@code password}, {@code token}, {@code
 * api_key}, ...): {@code name = "value"}, {@code name: value}, {@code NAME=value}, {@code
 * --password=value}, and a Dockerfile's {@code ENV NAME value}. The name must end with the word, so
 * {@code tokenizer} and {@code PASSWORD_FILE} are not secrets. A value counts when it is at least
 * {@link #MIN_LENGTH} characters long, random enough ({@link #MIN_ENTROPY} bits per character,
 * Shannon), holds a digit or a sign besides letters and {@code _}, and does not look like code or a
 * reference: {@code os.environ}, {@code $VAR}, {@code ${VAR}}, {@code {{ template }}}, a path, a
 * URL. An unquoted value ends at a colon: {@code /etc/passwd:22:postgres:x:70} is {@code grep}
 * output, not a password. Names of OpenPGP key fingerprints ({@code GPG_KEY}) are never secrets:
 * they identify public keys.
 */
final class GenericAssignmentDetector extends Detector {
  /** Below eight characters, a value is a word, a flag or a number, not a credential. */
  static final int MIN_LENGTH = 8;

  /**
   * 3.0 bits per character: an eight-character value must use eight different characters; {@code
   * changeme1} and {@code password} fall below, {@code mysecretpassword} (3.4) and any generated
   * token (4 to 6) are above. gitleaks' generic rule uses 3.5, and misses typed passwords.
   */
  static final double MIN_ENTROPY = 3.0;

  private static final String NAME =
      "[A-Za-z0-9_.-]{0,40}(?i:password|passwd|passphrase|pwd|secret|token|api[_.-]?key|apikey"
          + "|access[_.-]?key|auth[_.-]?key|private[_.-]?key|client[_.-]?secret|credentials?)";

  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "("
              + NAME
              + ")[\"']?\\s*(==?|:=|=>|:)\\s*"
              + "(?:\"([^\"\\s]{1,200})\"|'([^'\\s]{1,200})'|([^\\s\"'`,;:(){}\\[\\]<>]{1,200}))");

  /** Dockerfile's older {@code ENV NAME value} form, which has no operator. */
  private static final Pattern ENV =
      Pattern.compile("^\\s*(?i:ENV)\\s+(" + NAME + ")\\s+[\"']?([^\\s\"']{1,200})[\"']?\\s*$");

  private static final Pattern DOTTED =
      Pattern.compile("^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+$");
  private static final Pattern LETTERS = Pattern.compile("^[A-Za-z_]+$");
  private static final Pattern CONSTANT = Pattern.compile("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$");

  GenericAssignmentDetector() {
    super("generic-secret-assignment", "Secret assigned to a name", SecretSeverity.MEDIUM, words());
  }

  /** The names' words, and each way of writing {@code api key} and its kin. */
  private static List<String> words() {
    List<String> words = new ArrayList<>(List.of("passw", "passphrase", "pwd", "secret", "token"));
    for (String prefix : List.of("api", "access", "auth", "private")) {
      for (String separator : List.of("", "_", "-", ".")) {
        words.add(prefix + separator + "key");
      }
    }
    words.add("credential");
    return words;
  }

  @Override
  Reading read() {
    return (number, text, out) -> find(number, text, out);
  }

  private static void find(int number, String text, Consumer<Hit> out) {
    Matcher env = ENV.matcher(text);
    if (env.find()) {
      report(number, env.group(1), env, 2, out);
      return;
    }
    Matcher m = ASSIGNMENT.matcher(text);
    while (m.find()) {
      if (m.group(2).equals("==")) {
        continue; // a comparison
      }
      int group = m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
      report(number, m.group(1), m, group, out);
    }
  }

  private static void report(int number, String name, Matcher m, int group, Consumer<Hit> out) {
    String value = m.group(group);
    if (isSecret(name, value, group == 5)) {
      out.accept(new Hit(number, m.start(group), m.end(group), value));
    }
  }

  static boolean isSecret(String name, String value, boolean unquoted) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("gpg") || lower.contains("fingerprint") || lower.contains("keyid")) {
      return false;
    }
    if (value.length() < MIN_LENGTH || entropy(value) < MIN_ENTROPY) {
      return false;
    }
    if (LETTERS.matcher(value).matches()) {
      return false; // a name in code (password_mgr, TokenList), or a word: no generated secret
    }
    return !(isReference(value) || (unquoted && CONSTANT.matcher(value).matches()));
  }

  /** Code, a variable, a template, a path or a URL: what names a value rather than being it. */
  private static boolean isReference(String value) {
    char first = value.charAt(0);
    return "$%@&*!~/.".indexOf(first) >= 0
        || value.contains("${")
        || value.contains("{{")
        || value.contains("$(")
        || value.contains("://")
        || DOTTED.matcher(value).matches();
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String value) {
    char[] chars = value.toCharArray();
    Arrays.sort(chars);
    double bits = 0;
    int run = 1;
    for (int i = 1; i <= chars.length; i++) {
      if (i < chars.length && chars[i] == chars[i - 1]) {
        run++;
      } else {
        double p = (double) run / chars.length;
        bits -= p * Math.log(p) / Math.log(2);
        run = 1;
      }
    }
    return bits;
  }
}
