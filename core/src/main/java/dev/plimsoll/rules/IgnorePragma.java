package dev.plimsoll.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ignore pragma comment: {@code # plimsoll ignore=NAME,...}, hadolint's {@code # hadolint
 * ignore=DL3008}, or their {@code global} forms. Parsed here once for the engine, which applies
 * them, and for the rule that discourages them (hadolint's DL1001).
 *
 * @param global true for {@code global ignore=}, which covers the whole file
 * @param names the rule names and aliases listed
 */
public record IgnorePragma(boolean global, List<String> names) {
  /**
   * hadolint's grammar (src/Hadolint/Pragma.hs), widened to Plimsoll's names and an optional {@code
   * -- reason} or trailing {@code # comment}.
   */
  private static final Pattern PRAGMA =
      Pattern.compile(
          "^\\s*(?:hadolint|plimsoll)\\s+(global\\s+)?ignore\\s*=\\s*"
              + "([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*)\\s*(?:(?:--|#).*)?$");

  public IgnorePragma {
    names = List.copyOf(names);
  }

  /** The pragma a comment's text (without its {@code #}) holds, if it is one. */
  public static Optional<IgnorePragma> parse(String comment) {
    Matcher m = PRAGMA.matcher(comment);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new IgnorePragma(m.group(1) != null, List.of(m.group(2).split("\\s*,\\s*", -1))));
  }
}
