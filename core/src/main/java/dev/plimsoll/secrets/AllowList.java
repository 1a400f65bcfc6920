package dev.plimsoll.secrets;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where secrets are not looked for, and which values are not secrets: the builtin lists (after
 * trivy's builtin allow rules) plus the user's {@link SecretConfig}. {@code docs/secrets.md} lists
 * them with the reason for each.
 */
final class AllowList {
  /**
   * An allow rule.
   *
   * @param id what the rule is, as documented; {@code config} for the user's
   * @param allows true for a path or value the rule allows
   */
  record Rule(String id, Predicate<String> allows) {
    /** A builtin rule: {@code regex} is found (not matched whole) in the path or the value. */
    static Rule of(String id, String regex) {
      Pattern compiled = Pattern.compile(regex);
      return new Rule(id, s -> compiled.matcher(s).find());
    }
  }

  /**
   * Paths whose files are other people's code, tests or documentation: their keys and passwords are
   * test values and examples, and the user can do nothing about them.
   */
  static final List<Rule> PATHS =
      List.of(
          Rule.of("tests", "(?i)(?:^|/)(?:tests?|testdata|testing|__tests__|fixtures?)/"),
          Rule.of("test-files", "(?i)[._-](?:test|spec)\\.[a-z0-9]+$"),
          Rule.of("system-docs-and-libraries", "^usr/(?:share|include|lib|lib32|lib64)/"),
          Rule.of("local-docs", "^usr/local/(?:share|include)/"),
          Rule.of("python-packages", "(?:^|/)(?:site|dist)-packages/"),
          Rule.of("python-install", "^usr/local/lib/python[0-9.]+/"),
          Rule.of("node-modules", "(?:^|/)node_modules/"),
          Rule.of("yarn", "^opt/yarn-v[0-9.]+/"),
          Rule.of("go-toolchain", "^usr/local/go/"),
          Rule.of("vendor", "(?:^|/)vendor/"),
          Rule.of("locales", "(?:^|/)locales?/"),
          Rule.of("git", "(?:^|/)\\.git/"),
          Rule.of("markdown", "(?i)\\.md$"),
          Rule.of("wordpress", "^usr/src/wordpress/"));

  /** Values that documentation and templates use in place of a secret. */
  static final List<Rule> VALUES =
      List.of(
          // AWS's documented pair, AKIAIOSFODNN7EXAMPLE and
          // wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
          Rule.of("example", "(?i)example"),
          Rule.of("masked", "(?i)xxxx|\\*\\*\\*\\*|\\.\\.\\.|\u2022"),
          Rule.of("variable", "^\\$|\\$\\{|\\$\\(|\\{\\{|%s|%\\(|^<.*>$"),
          Rule.of(
              "well-known",
              "(?i)^(?:change_?me|change_?it|passw[o0]rd1?|secret|mysecretpassword|dummy"
                  + "|placeholder|redacted|hunter2|letmein|test(?:ing)?|foobar|admin|root|guest"
                  + "|pass|passwd|none|null|undefined|true|false)$"),
          Rule.of("your-value", "(?i)^(?:your|enter|insert)[_-]|[_-]here$"));

  private final List<Rule> paths;
  private final List<Rule> values;

  private AllowList(List<Rule> paths, List<Rule> values) {
    this.paths = List.copyOf(paths);
    this.values = List.copyOf(values);
  }

  static final AllowList BUILTIN = new AllowList(PATHS, VALUES);

  static AllowList of(SecretConfig config) {
    List<Rule> p = new ArrayList<>(PATHS);
    List<Rule> v = new ArrayList<>(VALUES);
    for (String glob : config.allowPaths()) {
      p.add(new Rule("config", SecretConfig.pathGlob(glob)));
    }
    for (String value : config.allowValues()) {
      v.add(new Rule("config", SecretConfig.value(value)));
    }
    return new AllowList(p, v);
  }

  /** The rule that allows the path, if one does. */
  Optional<String> path(String path) {
    for (Rule rule : paths) {
      if (rule.allows().test(path)) {
        return Optional.of(rule.id());
      }
    }
    return Optional.empty();
  }

  /** True when the value is a known example, a placeholder or one character repeated. */
  boolean value(String value) {
    if (value.chars().distinct().count() <= 1) {
      return true;
    }
    for (Rule rule : values) {
      if (rule.allows().test(value)) {
        return true;
      }
    }
    return false;
  }
}
