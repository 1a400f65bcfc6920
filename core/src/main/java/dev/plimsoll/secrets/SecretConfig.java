package dev.plimsoll.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.plimsoll.BadInputException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The user's part of secret scanning, the {@code secrets:} section of {@code .plimsoll.yaml}:
 *
 * <pre>
 * secrets:
 *   allow-paths: ['srv/app/fixtures/**', '**&#47;*.pem.sample']  # globs, as lint's exclude
 *   allow-values: ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', '^dev-only-']
 *   disable: [jwt]                                               # detector ids
 * </pre>
 *
 * A path glob is the JDK's ({@link FileSystems#getPathMatcher}), as {@code exclude} uses it,
 * matched against the path relative to the root (a leading {@code /} in the glob is dropped) and
 * each of its folders, so a glob naming a folder covers what is under it. A value entry allows the
 * value equal to it, and, when it is an RE2 regular expression, every value it is found in; an
 * entry that is no regular expression ({@code abc(def}) is a literal only. These add to the builtin
 * allow-lists; nothing removes them.
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
    for (String glob : paths) {
      try {
        pathGlob(glob);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new BadInputException(
            file, "secrets.allow-paths: " + glob + " is not a glob: " + e.getDescription());
      }
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

  /**
   * The paths {@code glob} allows: relative paths, no leading {@code /}; a folder may end in {@code
   * /}.
   *
   * @throws IllegalArgumentException when {@code glob} is not one
   */
  static Predicate<String> pathGlob(String glob) {
    String relative = glob.startsWith("/") ? glob.substring(1) : glob;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
    return path -> {
      Path p;
      try {
        p = Path.of(path);
      } catch (InvalidPathException e) {
        return false; // a NUL in a name: no glob names it
      }
      for (; p != null; p = p.getParent()) {
        if (matcher.matches(p)) {
          return true;
        }
      }
      return false;
    };
  }

  /** The values {@code entry} allows: itself, and those its regular expression is found in. */
  static Predicate<String> value(String entry) {
    Pattern regex;
    try {
      regex = Pattern.compile(entry);
    } catch (PatternSyntaxException e) {
      return entry::equals;
    }
    return v -> v.equals(entry) || regex.matcher(v).find();
  }
}
