package dev.plimsoll.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule is, as users and reports see it.
 *
 * @param name kebab-case name saying what the rule wants, e.g. {@code pin-base-image-version}
 * @param aliases hadolint codes ({@code DL3006}) and BuildKit check names of the same check
 * @param severity default severity
 * @param domain what the rule looks at
 * @param summary one line: what is wrong when the rule fires
 * @param optIn true for a rule that is off unless the configuration gives it a severity, as
 *     hadolint's rules of default severity {@code ignore} are (DL1001, DL3057): they check a house
 *     style that most projects do not follow
 * @param helpUri the page that explains it: Plimsoll's rule docs, ShellCheck's wiki for a
 *     ShellCheck code, an advisory's page on osv.dev for a vulnerability
 */
public record RuleMeta(
    String name,
    List<String> aliases,
    Severity severity,
    Domain domain,
    String summary,
    boolean optIn,
    String helpUri) {

  /** Where the rule's documentation is published; SARIF and GitLab reports link to it. */
  public static final String DOCS_BASE = "https://plimsoll.dev/docs/rules/";

  /** ShellCheck's wiki, where each of its codes ({@code SC2086}) is explained. */
  public static final String SHELLCHECK_WIKI = "https://www.shellcheck.net/wiki/";

  private static final Pattern SHELLCHECK_CODE = Pattern.compile("SC\\d+");

  public RuleMeta {
    aliases = List.copyOf(aliases);
  }

  /** A rule that is on by default, documented where {@link #pageOf} says. */
  public RuleMeta(
      String name, List<String> aliases, Severity severity, Domain domain, String summary) {
    this(name, aliases, severity, domain, summary, false, pageOf(name));
  }

  /**
   * This rule, off unless the configuration names it under {@code severity} (hadolint: {@code
   * override}); {@link #severity} is then only the level suggested in its documentation.
   */
  public RuleMeta offByDefault() {
    return new RuleMeta(name, aliases, severity, domain, summary, true, helpUri);
  }

  /** True when {@code id} is this rule's name or one of its aliases (aliases ignore case). */
  public boolean answersTo(String id) {
    if (name.equals(id)) {
      return true;
    }
    for (String alias : aliases) {
      if (alias.equalsIgnoreCase(id)) {
        return true;
      }
    }
    return false;
  }

  /** This rule, explained on another page (an advisory's, a secret detector's table row). */
  public RuleMeta withHelpUri(String page) {
    return new RuleMeta(name, aliases, severity, domain, summary, optIn, page);
  }

  /** A rule's page: ShellCheck's wiki for a ShellCheck code, Plimsoll's docs for the rest. */
  public static String pageOf(String name) {
    return SHELLCHECK_CODE.matcher(name).matches() ? SHELLCHECK_WIKI + name : DOCS_BASE + name;
  }
}
