package dev.plimsoll.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import dev.plimsoll.secrets.SecretConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .plimsoll.yaml} and hadolint's {@code .hadolint.yaml} into one {@link LintConfig}.
 * Plimsoll's own file refuses unknown keys (a typo should not silently do nothing); hadolint's file
 * is read as hadolint reads it, skipping keys that only matter to hadolint's command line.
 */
final class ConfigFile {
  private static final Set<String> PLIMSOLL_KEYS =
      Set.of(
          "ignore",
          "severity",
          "failOn",
          "disablePragmas",
          "exclude",
          "trustedRegistries",
          "labelSchema",
          "strictLabels",
          "shellcheck",
          "overrides",
          "secrets");

  /** hadolint's keys (src/Hadolint/Config/Configuration.hs), old and new spellings. */
  private static final Set<String> HADOLINT_KEYS =
      Set.of(
          "ignored",
          "override",
          "failure-threshold",
          "no-fail",
          "disable-ignore-pragma",
          "trustedRegistries",
          "trusted-registries",
          "label-schema",
          "strict-labels",
          "no-color",
          "verbose",
          "format",
          "output-format");

  private final ConfigValues v;

  /** The folder of the file, which per-path globs are relative to. */
  private final Path folder;

  private ConfigFile(Path file, List<RuleMeta> known) {
    this.v = new ConfigValues(file.toString(), known);
    Path parent = file.toAbsolutePath().normalize().getParent();
    this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /**
   * The {@code secrets:} section of a Plimsoll file; hadolint's files have none. {@code scan} reads
   * it; lint only checks it, so that a mistake in it is not found by the first scan.
   */
  static SecretConfig secrets(Path path) throws BadInputException {
    Optional<JsonNode> root = ConfigYaml.read(path);
    if (root.isEmpty() || !root.get().isObject() || isHadolint(path.toString(), root.get())) {
      return SecretConfig.NONE;
    }
    return SecretConfig.read(root.get().get("secrets"), path.toString());
  }

  static LintConfig read(Path path, List<RuleMeta> known) throws BadInputException {
    Optional<JsonNode> root = ConfigYaml.read(path);
    return root.isEmpty() ? LintConfig.DEFAULT : parse(path, root.get(), known);
  }

  private static LintConfig parse(Path path, JsonNode root, List<RuleMeta> known)
      throws BadInputException {
    String name = path.toString();
    ConfigFile reader = new ConfigFile(path, known);
    if (!root.isObject()) {
      throw reader.v.error("the file must be a mapping of keys to values");
    }
    return isHadolint(name, root) ? reader.hadolint(root) : reader.plimsoll(root);
  }

  private static boolean isHadolint(String name, JsonNode root) {
    String base = Path.of(name).getFileName().toString().toLowerCase(Locale.ROOT);
    if (base.contains("hadolint")) {
      return true;
    }
    if (base.contains("plimsoll")) {
      return false;
    }
    boolean anyPlimsollOnly = false;
    boolean anyHadolintOnly = false;
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      anyPlimsollOnly |= PLIMSOLL_KEYS.contains(key) && !HADOLINT_KEYS.contains(key);
      anyHadolintOnly |= HADOLINT_KEYS.contains(key) && !PLIMSOLL_KEYS.contains(key);
    }
    return anyHadolintOnly && !anyPlimsollOnly;
  }

  private LintConfig plimsoll(JsonNode root) throws BadInputException {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!PLIMSOLL_KEYS.contains(key)) {
        throw v.error(
            key, "unknown key; expected one of " + String.join(", ", sorted(PLIMSOLL_KEYS)));
      }
    }
    SecretConfig.read(root.get("secrets"), v.file());
    Map<String, Severity> severity = v.severities(root, "severity", "severity");
    Optional<FailOn> failOn = Optional.empty();
    if (root.hasNonNull("failOn")) {
      failOn = Optional.of(v.failOn("failOn", root.get("failOn")));
    }
    // Read before the warnings are taken: an entry may name unknown rules too.
    List<PathOverride> overrides = ConfigOverrides.read(v, root, folder);
    return new LintConfig(
        v.ruleList(root, "ignore"),
        severity,
        failOn,
        v.bool(root, "disablePragmas"),
        v.strings(root, "exclude"),
        v.strings(root, "trustedRegistries"),
        v.stringMap(root, "labelSchema"),
        v.bool(root, "strictLabels"),
        v.warnings(),
        !root.hasNonNull("shellcheck") || v.bool(root, "shellcheck"),
        overrides);
  }

  private LintConfig hadolint(JsonNode root) throws BadInputException {
    Map<String, Severity> severity = new LinkedHashMap<>();
    JsonNode override = root.path("override");
    if (!override.isMissingNode() && !override.isNull()) {
      if (!override.isObject()) {
        throw v.error("override", "must map error, warning, info or style to lists of rules");
      }
      for (Iterator<String> it = override.fieldNames(); it.hasNext(); ) {
        String level = it.next();
        Severity s = v.severity("override", level);
        for (String r : v.ruleList(override, level, "override." + level)) {
          severity.put(r, s);
        }
      }
    }
    Optional<FailOn> failOn = Optional.empty();
    if (root.hasNonNull("failure-threshold")) {
      failOn = Optional.of(v.failOn("failure-threshold", root.get("failure-threshold")));
    }
    if (v.bool(root, "no-fail")) {
      failOn = Optional.of(FailOn.NONE);
    }
    List<String> registries = new ArrayList<>(v.strings(root, "trustedRegistries"));
    registries.addAll(v.strings(root, "trusted-registries"));
    return new LintConfig(
        v.ruleList(root, "ignored"),
        severity,
        failOn,
        v.bool(root, "disable-ignore-pragma"),
        List.of(),
        registries,
        v.stringMap(root, "label-schema"),
        v.bool(root, "strict-labels"),
        v.warnings(),
        true); // hadolint has no switch for ShellCheck: it always runs it
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
