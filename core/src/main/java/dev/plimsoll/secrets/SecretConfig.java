package dev.plimsoll.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.plimsoll.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user's part of secret scanning, the {@code secrets:} section of {@code .plimsoll.yaml}:
 *
 * <pre>
 * secrets:
 *   allow-paths: ['^srv/app/fixtures/']   # RE2 regular expressions on the path (no leading /)
 *   allow-values: ['^dev-only-']          # on the secret's value
 *   disable: [jwt]                        # detector ids
 * </pre>
 *
 * These add to the builtin allow-lists; nothing removes them.
 */
public record SecretConfig(List<String> allowPaths, List<String> allowValues, Set<String> disable) {
  public static final SecretConfig NONE = new SecretConfig(List.of(), List.of(), Set.of());

  private static final Set<String> KEYS = Set.of("allow-paths", "allow-values", "disable");

  public SecretConfig {
    allowPaths = List.copyOf(allowPaths);
    allowValues = List.copyOf(allowValues);
    disable = Set.copyOf(disable);
  }

  /**
   * Reads the {@code secrets:} section.
   *
   * @param file the configuration file, for messages
   * @throws BadInputException on an unknown key, a value that is not a list of strings, a regular
   *     expression that does not compile, or an unknown detector
   */
  public static SecretConfig read(JsonNode section, String file) throws BadInputException {
    if (section == null || section.isNull()) {
      return NONE;
    }
    if (!section.isObject()) {
      throw new BadInputException(file, "secrets: must be a map");
    }
    for (Map.Entry<String, JsonNode> field : section.properties()) {
      if (!KEYS.contains(field.getKey())) {
        throw new BadInputException(
            file,
            "secrets: unknown key " + field.getKey() + " (known: " + new TreeSet<>(KEYS) + ")");
      }
    }
    List<String> paths = strings(section, "allow-paths", file);
    List<String> values = strings(section, "allow-values", file);
    for (String regex : paths) {
      compile(regex, "allow-paths", file);
    }
    for (String regex : values) {
      compile(regex, "allow-values", file);
    }
    Set<String> known = new TreeSet<>();
    Detectors.ALL.forEach(d -> known.add(d.id()));
    List<String> disable = strings(section, "disable", file);
    for (String id : disable) {
      if (!known.contains(id)) {
        throw new BadInputException(file, "secrets.disable: unknown detector " + id);
      }
    }
    return new SecretConfig(paths, values, Set.copyOf(disable));
  }

  private static List<String> strings(JsonNode section, String key, String file)
      throws BadInputException {
    JsonNode node = section.path(key);
    List<String> out = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new BadInputException(file, "secrets." + key + ": must be a list");
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new BadInputException(file, "secrets." + key + ": " + item + " is not a string");
      }
      out.add(item.asText());
    }
    return out;
  }

  static Pattern compile(String regex, String key, String file) throws BadInputException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new BadInputException(
          file,
          "secrets." + key + ": " + regex + " is not a regular expression: " + e.getDescription());
    }
  }
}
