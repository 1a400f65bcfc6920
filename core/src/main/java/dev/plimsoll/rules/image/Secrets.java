package dev.plimsoll.rules.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the image rules take for a secret, in the configuration's environment and in the history: a
 * variable or option whose name says it holds one, with a literal value, and values in a format
 * that only a credential has (a GitHub or GitLab token, an AWS access key id, a private key).
 * BuildKit's word list ({@code no-secrets-in-arg-env}) is not used here: it takes {@code GPG_KEY},
 * which the official images set to a public key's fingerprint, for a secret; dockle accepts it too.
 * The compose rules ask it too, so that a service's environment and an image's are judged alike.
 */
public final class Secrets {
  private Secrets() {}

  /** A secret found in a text: what names it, and its value, which messages must not show. */
  record Found(String name, String value) {
    /** {@code NAME=ghp_…}: the name and a redacted value. */
    String shown() {
      if (value.startsWith(KEY_HEADER)) {
        return "a private key";
      }
      return name.isEmpty() ? redact(value) : name + "=" + redact(value);
    }
  }

  private static final String KEY_HEADER = "-----BEGIN ";

  /** Values that stand in for a secret a step needs to run, such as Rails' SECRET_KEY_BASE. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("dummy", "placeholder", "none", "null", "true", "false", "yes", "no");

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL).*");

  /** Names that point at a secret rather than hold it. */
  private static final Pattern REFERENCE = Pattern.compile("(?i).*_(FILE|PATH|DIR|URL|NAME)$");

  /**
   * Credential formats with a fixed prefix, as their issuers document them and secret scanners
   * (gitleaks, GitHub secret scanning) match them.
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "gh[pousr]_[A-Za-z0-9]{36,}"
              + "|github_pat_[A-Za-z0-9_]{22,}"
              + "|glpat-[A-Za-z0-9_-]{20,}"
              + "|(?:AKIA|ASIA)[A-Z0-9]{16}"
              + "|xox[abprs]-[A-Za-z0-9-]{10,}"
              + "|sk_live_[A-Za-z0-9]{24,}"
              + "|npm_[A-Za-z0-9]{36}"
              + "|pypi-[A-Za-z0-9_-]{50,}"
              + "|AIza[0-9A-Za-z_-]{35}"
              // A private key, to its END line or, without one, to the end of the text: all of it
              // is redacted.
              + "|-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"
              + "(?s:(?:(?!-----END).)*(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----)?)");

  /** {@code NAME=value}, the value unquoted, single- or double-quoted. */
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?<![\\w$-])([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|[^\\s;&|()]+)");

  /** {@code --password VALUE} and {@code --token=VALUE}, and their relatives. */
  private static final Pattern OPTION =
      Pattern.compile(
          "(?i)(--(?:password|passwd|token|secret|api-?key|access-token|auth-token))(?:=|\\s+)"
              + "(\"[^\"]*\"|'[^']*'|[^\\s;&|()]+)");

  /** {@code scheme://user:password@host}. */
  private static final Pattern URL_PASSWORD = Pattern.compile("://[^/\\s:@]+:([^/\\s@]+)@");

  /** True when a variable of this name, with a value, holds a secret by its name. */
  public static boolean secretName(String name) {
    return SECRET_NAME.matcher(name).matches() && !REFERENCE.matcher(name).matches();
  }

  /** True when the value has the format of a credential whatever it is called. */
  public static boolean credentialFormat(String value) {
    return TOKEN.matcher(value).find();
  }

  /**
   * The secrets in a text such as a {@code created_by}: assignments and options whose name says
   * they hold one, user:password in URLs, and credential formats anywhere. A value that refers to a
   * variable ({@code $NPM_TOKEN}) is not a secret: the shell expands it at run time.
   */
  static List<Found> in(String text) {
    List<Found> out = new ArrayList<>();
    Matcher a = ASSIGNMENT.matcher(text);
    while (a.find()) {
      if (secretName(a.group(1))) {
        add(out, a.group(1), a.group(2));
      }
    }
    Matcher o = OPTION.matcher(text);
    while (o.find()) {
      add(out, o.group(1), o.group(2));
    }
    Matcher u = URL_PASSWORD.matcher(text);
    while (u.find()) {
      add(out, "URL password", u.group(1));
    }
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      String token = t.group();
      if (out.stream().noneMatch(f -> f.value().contains(token))) {
        add(out, "", token);
      }
    }
    return out;
  }

  private static void add(List<Found> out, String name, String quoted) {
    String value = unquote(quoted);
    if (!value.isEmpty()
        && !value.startsWith("$")
        && !PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT))) {
      out.add(new Found(name, value));
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /**
   * At most a quarter of the value, and never more than 4 characters, then an ellipsis: enough to
   * tell which credential it is ({@code ghp_…}, {@code AKIA…}), too little to use it.
   */
  static String redact(String value) {
    return value.substring(0, Math.min(4, value.length() / 4)) + "…";
  }

  /** The text with every found value redacted, for a message that quotes it. */
  static String redacted(String text, List<Found> found) {
    String out = text;
    for (Found f : found) {
      out = out.replace(f.value(), redact(f.value()));
    }
    return out;
  }
}
