package dev.plimsoll.rules;

import dev.plimsoll.dockerfile.syntax.Node;
import dev.plimsoll.dockerfile.syntax.SyntaxTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the file itself asks to leave out: ignore pragmas ({@code # plimsoll ignore=...}, hadolint's
 * {@code # hadolint ignore=...}, and their {@code global} forms) and BuildKit's {@code # check=}
 * directive, which skips BuildKit's own checks and can make them errors.
 *
 * @param global rules ignored in the whole file, by name or alias
 * @param byLine rules ignored on the instruction that starts at a line
 * @param checkSkip BuildKit check names from {@code # check=skip=}; {@code all} skips every check
 * @param checkError true for {@code # check=error=true}: BuildKit checks fail the build
 */
record Suppressions(
    Set<String> global,
    Map<Integer, Set<String>> byLine,
    Set<String> checkSkip,
    boolean checkError) {

  private static final Pattern HADOLINT_CODE = Pattern.compile("(?:DL|SC)\\d+");

  static final Suppressions NONE = new Suppressions(Set.of(), Map.of(), Set.of(), false);

  static Suppressions of(SyntaxTree tree, boolean pragmas) {
    Set<String> global = new HashSet<>();
    Map<Integer, Set<String>> byLine = new HashMap<>();
    if (pragmas) {
      for (String line : tree.lines()) {
        String t = line.strip();
        if (t.startsWith("#")) {
          IgnorePragma.parse(t.substring(1))
              .filter(IgnorePragma::global)
              .ifPresent(p -> global.addAll(p.names()));
        }
      }
      for (Node n : tree.nodes()) {
        for (String comment : n.comments()) {
          IgnorePragma.parse(comment)
              .filter(p -> !p.global())
              .ifPresent(
                  p ->
                      byLine
                          .computeIfAbsent(n.startLine(), k -> new HashSet<>())
                          .addAll(p.names()));
        }
      }
    }
    Set<String> skip = new HashSet<>();
    boolean error = false;
    for (String part : tree.check().orElse("").split(";", -1)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = part.substring(eq + 1).strip();
      if (key.equals("skip")) {
        for (String name : value.split(",", -1)) {
          skip.add(name.strip());
        }
      } else if (key.equals("error")) {
        error = Boolean.parseBoolean(value);
      }
    }
    return new Suppressions(global, byLine, skip, error);
  }

  /** True when the whole file leaves the rule out, so it need not run. */
  boolean skipsRule(RuleMeta rule) {
    return answers(rule, global) || (isBuildkitCheck(rule) && skippedCheck(rule));
  }

  /**
   * True when the finding of {@code rule} on the instruction starting at {@code line} is ignored.
   */
  boolean suppresses(RuleMeta rule, int line) {
    return skipsRule(rule) || answers(rule, byLine.getOrDefault(line, Set.of()));
  }

  /** The severity the file's {@code # check=error=true} asks for, if it applies to the rule. */
  Optional<Severity> checkSeverity(RuleMeta rule) {
    return checkError && isBuildkitCheck(rule) ? Optional.of(Severity.ERROR) : Optional.empty();
  }

  private boolean skippedCheck(RuleMeta rule) {
    return checkSkip.stream().anyMatch(s -> s.equalsIgnoreCase("all")) || answers(rule, checkSkip);
  }

  private static boolean answers(RuleMeta rule, Set<String> names) {
    return names.stream().anyMatch(rule::answersTo);
  }

  /** A rule is one of BuildKit's checks when one of its aliases is not a hadolint code. */
  static boolean isBuildkitCheck(RuleMeta rule) {
    return rule.aliases().stream().anyMatch(a -> !HADOLINT_CODE.matcher(a).matches());
  }
}
