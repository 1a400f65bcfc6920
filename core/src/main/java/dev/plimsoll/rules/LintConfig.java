package dev.plimsoll.rules;

import dev.plimsoll.BadInputException;
import dev.plimsoll.secrets.SecretConfig;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything a user can configure about linting, from {@code .plimsoll.yaml}, {@code
 * .hadolint.yaml} and the command line, merged in one place.
 *
 * @param ignore rules turned off, by name or alias
 * @param severity severity overrides, by name or alias
 * @param failOn the threshold from the file, if it sets one
 * @param disablePragmas true to disregard {@code # plimsoll ignore=} and {@code # hadolint ignore=}
 *     comments (BuildKit's {@code # check=} directive still applies)
 * @param exclude glob patterns of paths a folder search skips
 * @param trustedRegistries registries that base images may come from (hadolint's DL3026)
 * @param labelSchema required labels and their types (hadolint's DL3049 and following)
 * @param strictLabels true when labels outside the schema are findings
 * @param warnings things the user should hear about that do not stop the run, e.g. an unknown rule
 *     name in the file
 * @param shellcheck true to run ShellCheck on RUN instructions ({@code shellcheck: false} or {@code
 *     --no-shellcheck} turn it off)
 * @param overrides settings for the Dockerfiles under some paths, in the file's order; {@link
 *     #forFile} applies them
 */
public record LintConfig(
    Set<String> ignore,
    Map<String, Severity> severity,
    Optional<FailOn> failOn,
    boolean disablePragmas,
    List<String> exclude,
    List<String> trustedRegistries,
    Map<String, String> labelSchema,
    boolean strictLabels,
    List<String> warnings,
    boolean shellcheck,
    List<PathOverride> overrides) {

  /** No configuration file: every rule on, default severities, fail on warnings. */
  public static final LintConfig DEFAULT =
      new LintConfig(
          Set.of(),
          Map.of(),
          Optional.empty(),
          false,
          List.of(),
          List.of(),
          Map.of(),
          false,
          List.of(),
          true);

  /** The file names looked for in a folder, in order of preference. */
  public static final List<String> FILE_NAMES =
      List.of(".plimsoll.yaml", ".plimsoll.yml", ".hadolint.yaml", ".hadolint.yml");

  public LintConfig {
    ignore = Set.copyOf(new LinkedHashSet<>(ignore));
    severity = Map.copyOf(severity);
    exclude = List.copyOf(exclude);
    trustedRegistries = List.copyOf(trustedRegistries);
    labelSchema = Map.copyOf(labelSchema);
    warnings = List.copyOf(warnings);
    overrides = List.copyOf(overrides);
  }

  /** A configuration without per-path settings. */
  public LintConfig(
      Set<String> ignore,
      Map<String, Severity> severity,
      Optional<FailOn> failOn,
      boolean disablePragmas,
      List<String> exclude,
      List<String> trustedRegistries,
      Map<String, String> labelSchema,
      boolean strictLabels,
      List<String> warnings,
      boolean shellcheck) {
    this(
        ignore,
        severity,
        failOn,
        disablePragmas,
        exclude,
        trustedRegistries,
        labelSchema,
        strictLabels,
        warnings,
        shellcheck,
        List.of());
  }

  /**
   * The configuration for one Dockerfile, named as given to lint: the file-wide settings with those
   * of every {@code overrides} entry whose paths match it applied in order, so a later entry wins.
   * A severity in an entry turns back on a rule that an earlier setting ignored.
   */
  public LintConfig forFile(String file) {
    if (overrides.isEmpty()) {
      return this;
    }
    Set<String> ignored = new LinkedHashSet<>(ignore);
    Map<String, Severity> severities = new LinkedHashMap<>(severity);
    Optional<FailOn> threshold = failOn;
    for (PathOverride o : overrides) {
      if (!o.matches(file)) {
        continue;
      }
      ignored.addAll(o.ignore());
      for (Map.Entry<String, Severity> e : o.severity().entrySet()) {
        severities.keySet().removeIf(k -> KnownRules.same(k, e.getKey()));
        ignored.removeIf(k -> KnownRules.same(k, e.getKey()));
        severities.put(e.getKey(), e.getValue());
      }
      if (o.failOn().isPresent()) {
        threshold = o.failOn();
      }
    }
    return new LintConfig(
        ignored,
        severities,
        threshold,
        disablePragmas,
        exclude,
        trustedRegistries,
        labelSchema,
        strictLabels,
        warnings,
        shellcheck);
  }

  /** The configuration file in {@code dir}: {@code .plimsoll.yaml}, else {@code .hadolint.yaml}. */
  public static Optional<Path> find(Path dir) {
    return FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Reads a configuration file. Its kind follows its name ({@code .hadolint.yaml} is read the way
   * hadolint reads it); a file of another name is read as hadolint's when it only uses hadolint's
   * keys.
   *
   * @throws BadInputException naming the file and the key, when the file is unreadable or wrong
   */
  public static LintConfig load(Path file) throws BadInputException {
    return ConfigFile.read(file, KnownRules.all());
  }

  /**
   * The {@code secrets:} section of a configuration file, for {@code scan}; {@link
   * SecretConfig#NONE} for hadolint's files, which have none.
   */
  public static SecretConfig secrets(Path file) throws BadInputException {
    return ConfigFile.secrets(file);
  }

  /** {@link #find} then {@link #load}; {@link #DEFAULT} when the folder has no file. */
  public static LintConfig discover(Path dir) throws BadInputException {
    Optional<Path> file = find(dir);
    return file.isPresent() ? load(file.get()) : DEFAULT;
  }

  /**
   * The names among {@code names} that no rule answers to, e.g. a mistyped {@code --ignore}; as
   * hadolint does, such names are accepted and do nothing, so the caller may want to warn.
   */
  public static List<String> unknownRules(Collection<String> names) {
    List<RuleMeta> known = KnownRules.all();
    return names.stream().filter(n -> !KnownRules.isKnown(known, n)).toList();
  }

  /** This configuration with more rules turned off, e.g. from {@code --ignore}. */
  public LintConfig withIgnored(List<String> more) {
    Set<String> all = new LinkedHashSet<>(ignore);
    all.addAll(more);
    return new LintConfig(
        all,
        severity,
        failOn,
        disablePragmas,
        exclude,
        trustedRegistries,
        labelSchema,
        strictLabels,
        warnings,
        shellcheck,
        overrides.stream().map(o -> o.withoutSeverities(more)).toList());
  }

  /** This configuration with the threshold given on the command line, which wins over the file. */
  public LintConfig withFailOn(FailOn threshold) {
    return new LintConfig(
        ignore,
        severity,
        Optional.of(threshold),
        disablePragmas,
        exclude,
        trustedRegistries,
        labelSchema,
        strictLabels,
        warnings,
        shellcheck,
        overrides.stream().map(PathOverride::withoutFailOn).toList());
  }

  /** This configuration with ShellCheck on or off, e.g. from {@code --no-shellcheck}. */
  public LintConfig withShellcheck(boolean on) {
    return new LintConfig(
        ignore,
        severity,
        failOn,
        disablePragmas,
        exclude,
        trustedRegistries,
        labelSchema,
        strictLabels,
        warnings,
        on,
        overrides);
  }

  /** The threshold to use: the file's, or {@link FailOn#DEFAULT}. */
  public FailOn effectiveFailOn() {
    return failOn.orElse(FailOn.DEFAULT);
  }

  /**
   * True when the rule is turned off, by its name or any alias, or when it is off by default and no
   * severity is configured for it.
   */
  public boolean ignores(RuleMeta rule) {
    return ignore.stream().anyMatch(rule::answersTo)
        || (rule.optIn() && severityOverride(rule).isEmpty());
  }

  /** The severity configured for the rule, by its name or any alias, if any. */
  public Optional<Severity> severityOverride(RuleMeta rule) {
    for (Map.Entry<String, Severity> e : severity.entrySet()) {
      if (rule.answersTo(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** True when a folder search should skip {@code relative} (a path relative to the folder). */
  public boolean excludes(Path relative) {
    return exclusions().test(relative);
  }

  /**
   * {@link #excludes} with the globs compiled once, for a folder walk that asks for every path it
   * visits.
   */
  public Predicate<Path> exclusions() {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : exclude) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return relative -> {
      for (Path p = relative; p != null; p = p.getParent()) {
        for (PathMatcher m : matchers) {
          if (m.matches(p)) {
            return true;
          }
        }
      }
      return false;
    };
  }
}
