package dev.plimsoll.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
          "strictLabels");

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

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String file;
  private final List<RuleMeta> known;
  private final List<String> warnings = new ArrayList<>();

  private ConfigFile(String file, List<RuleMeta> known) {
    this.file = file;
    this.known = known;
  }

  static LintConfig read(Path path, List<RuleMeta> known) throws BadInputException {
    String name = path.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read configuration: " + e.getMessage(), e);
    }
    return parse(name, text, known);
  }

  static LintConfig parse(String name, String text, List<RuleMeta> known) throws BadInputException {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new BadInputException(
          name, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return LintConfig.DEFAULT;
    }
    ConfigFile reader = new ConfigFile(name, known);
    if (!root.isObject()) {
      throw reader.error("the file must be a mapping of keys to values");
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
        throw error(
            key, "unknown key; expected one of " + String.join(", ", sorted(PLIMSOLL_KEYS)));
      }
    }
    Map<String, Severity> severity = new LinkedHashMap<>();
    JsonNode sev = root.path("severity");
    if (!sev.isMissingNode() && !sev.isNull()) {
      if (!sev.isObject()) {
        throw error("severity", "must map rule names to error, warning, info or style");
      }
      for (Map.Entry<String, JsonNode> e : sev.properties()) {
        String key = "severity." + e.getKey();
        severity.put(rule(key, e.getKey()), severity(key, e.getValue()));
      }
    }
    Optional<FailOn> failOn = Optional.empty();
    if (root.hasNonNull("failOn")) {
      failOn = Optional.of(failOn("failOn", root.get("failOn")));
    }
    return new LintConfig(
        ruleList(root, "ignore"),
        severity,
        failOn,
        bool(root, "disablePragmas"),
        strings(root, "exclude"),
        strings(root, "trustedRegistries"),
        stringMap(root, "labelSchema"),
        bool(root, "strictLabels"),
        warnings);
  }

  private LintConfig hadolint(JsonNode root) throws BadInputException {
    Map<String, Severity> severity = new LinkedHashMap<>();
    JsonNode override = root.path("override");
    if (!override.isMissingNode() && !override.isNull()) {
      if (!override.isObject()) {
        throw error("override", "must map error, warning, info or style to lists of rules");
      }
      for (Iterator<String> it = override.fieldNames(); it.hasNext(); ) {
        String level = it.next();
        Severity s = severity("override", level);
        for (String r : ruleList(override, level, "override." + level)) {
          severity.put(r, s);
        }
      }
    }
    Optional<FailOn> failOn = Optional.empty();
    if (root.hasNonNull("failure-threshold")) {
      failOn = Optional.of(failOn("failure-threshold", root.get("failure-threshold")));
    }
    if (bool(root, "no-fail")) {
      failOn = Optional.of(FailOn.NONE);
    }
    List<String> registries = new ArrayList<>(strings(root, "trustedRegistries"));
    registries.addAll(strings(root, "trusted-registries"));
    return new LintConfig(
        ruleList(root, "ignored"),
        severity,
        failOn,
        bool(root, "disable-ignore-pragma"),
        List.of(),
        registries,
        stringMap(root, "label-schema"),
        bool(root, "strict-labels"),
        warnings);
  }

  private Set<String> ruleList(JsonNode parent, String key) throws BadInputException {
    return ruleList(parent, key, key);
  }

  private Set<String> ruleList(JsonNode parent, String key, String path) throws BadInputException {
    Set<String> out = new LinkedHashSet<>();
    for (String name : strings(parent, key, path)) {
      out.add(rule(path, name));
    }
    return out;
  }

  /** Keeps an unknown rule name, as hadolint does, but tells the user. */
  private String rule(String key, String name) {
    if (known.stream().noneMatch(m -> m.answersTo(name))) {
      warnings.add(file + ": " + key + ": no rule named " + name + "; it has no effect");
    }
    return name;
  }

  private Severity severity(String key, JsonNode value) throws BadInputException {
    return severity(key, text(value));
  }

  private Severity severity(String key, String level) throws BadInputException {
    return Severity.parse(level)
        .orElseThrow(
            () ->
                error(key, "'" + level + "' is not a severity: use error, warning, info or style"));
  }

  private FailOn failOn(String key, JsonNode value) throws BadInputException {
    String level = text(value);
    return FailOn.parse(level)
        .orElseThrow(
            () ->
                error(
                    key,
                    "'" + level + "' is not a threshold: use error, warning, info, style or none"));
  }

  /** A scalar's text, or the YAML as written for a list or mapping. */
  private static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private boolean bool(JsonNode parent, String key) throws BadInputException {
    JsonNode v = parent.path(key);
    if (v.isMissingNode() || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error(key, "must be true or false, not '" + v.asText() + "'");
    }
    return v.booleanValue();
  }

  private List<String> strings(JsonNode parent, String key) throws BadInputException {
    return strings(parent, key, key);
  }

  private List<String> strings(JsonNode parent, String key, String path) throws BadInputException {
    JsonNode v = parent.path(key);
    if (v.isMissingNode() || v.isNull()) {
      return List.of();
    }
    if (v.isValueNode()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      throw error(path, "must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isValueNode()) {
        throw error(path, "must be a list of plain values");
      }
      out.add(e.asText());
    }
    return out;
  }

  private Map<String, String> stringMap(JsonNode parent, String key) throws BadInputException {
    JsonNode v = parent.path(key);
    if (v.isMissingNode() || v.isNull()) {
      return Map.of();
    }
    if (!v.isObject()) {
      throw error(key, "must be a mapping");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private BadInputException error(String problem) {
    return new BadInputException(file, problem);
  }

  private BadInputException error(String key, String problem) {
    return new BadInputException(file, key + ": " + problem);
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
