package dev.plimsoll.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed values out of one configuration file's YAML, with errors that name the file and the key,
 * and warnings for rule names that no rule answers to.
 */
final class ConfigValues {
  private static final int SHOWN_CHARS = 300;

  private final String file;
  private final List<RuleMeta> known;
  private final List<String> warnings = new ArrayList<>();

  /** The file's name, as errors give it. */
  String file() {
    return file;
  }

  ConfigValues(String file, List<RuleMeta> known) {
    this.file = file;
    this.known = known;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  Set<String> ruleList(JsonNode parent, String key) throws BadInputException {
    return ruleList(parent, key, key);
  }

  Set<String> ruleList(JsonNode parent, String key, String path) throws BadInputException {
    Set<String> out = new LinkedHashSet<>();
    for (String name : strings(parent, key, path)) {
      out.add(rule(path, name));
    }
    return out;
  }

  /** Keeps an unknown rule name, as hadolint does, but tells the user. */
  String rule(String key, String name) {
    if (!KnownRules.isKnown(known, name)) {
      warnings.add(
          file + ": " + shown(key) + ": no rule named " + shown(name) + "; it has no effect");
    }
    return name;
  }

  Severity severity(String key, JsonNode value) throws BadInputException {
    return severity(key, text(value));
  }

  Severity severity(String key, String level) throws BadInputException {
    return Severity.parse(level)
        .orElseThrow(
            () ->
                error(key, "'" + level + "' is not a severity: use error, warning, info or style"));
  }

  /** A mapping of rule names to severities, e.g. {@code severity: {DL3008: info}}. */
  Map<String, Severity> severities(JsonNode parent, String key, String path)
      throws BadInputException {
    Map<String, Severity> out = new LinkedHashMap<>();
    JsonNode sev = parent.path(key);
    if (sev.isMissingNode() || sev.isNull()) {
      return out;
    }
    if (!sev.isObject()) {
      throw error(path, "must map rule names to error, warning, info or style");
    }
    for (Map.Entry<String, JsonNode> e : sev.properties()) {
      String at = path + "." + e.getKey();
      out.put(rule(at, e.getKey()), severity(at, e.getValue()));
    }
    return out;
  }

  FailOn failOn(String key, JsonNode value) throws BadInputException {
    String level = text(value);
    return FailOn.parse(level)
        .orElseThrow(
            () ->
                error(
                    key,
                    "'" + level + "' is not a threshold: use error, warning, info, style or none"));
  }

  /** A scalar's text, or the YAML as written for a list or mapping. */
  static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  boolean bool(JsonNode parent, String key) throws BadInputException {
    JsonNode v = parent.path(key);
    if (v.isMissingNode() || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error(key, "must be true or false, not '" + v.asText() + "'");
    }
    return v.booleanValue();
  }

  List<String> strings(JsonNode parent, String key) throws BadInputException {
    return strings(parent, key, key);
  }

  List<String> strings(JsonNode parent, String key, String path) throws BadInputException {
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

  Map<String, String> stringMap(JsonNode parent, String key) throws BadInputException {
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

  BadInputException error(String problem) {
    return new BadInputException(file, shown(problem));
  }

  /** Keys and values come from the file, so the whole message goes through {@link #shown}. */
  BadInputException error(String key, String problem) {
    return new BadInputException(file, shown(key) + ": " + shown(problem));
  }

  /**
   * Text from the file as it may appear in a one-line message: control characters escaped (a
   * newline or an ANSI escape in a key must not break or repaint the user's terminal) and at most
   * {@value #SHOWN_CHARS} characters.
   */
  static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < SHOWN_CHARS; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < SHOWN_CHARS ? out.toString() : out + "...";
  }
}
