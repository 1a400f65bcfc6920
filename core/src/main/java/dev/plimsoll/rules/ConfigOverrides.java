package dev.plimsoll.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code overrides:} list of {@code .plimsoll.yaml}: settings for the Dockerfiles under some
 * paths. Only the settings that are about one Dockerfile's findings may vary by path ({@code
 * ignore}, {@code severity}, {@code failOn}); the rest is about the whole run.
 */
final class ConfigOverrides {
  private static final Set<String> KEYS = Set.of("paths", "ignore", "severity", "failOn");

  private ConfigOverrides() {}

  static List<PathOverride> read(ConfigValues v, JsonNode root, Path folder)
      throws BadInputException {
    JsonNode list = root.path("overrides");
    if (list.isMissingNode() || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw v.error("overrides", "must be a list of entries, each with paths:");
    }
    List<PathOverride> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(entry(v, list.get(i), "overrides[" + i + "]", folder));
    }
    return out;
  }

  private static PathOverride entry(ConfigValues v, JsonNode e, String at, Path folder)
      throws BadInputException {
    if (!e.isObject()) {
      throw v.error(at, "must be a mapping with paths: and the settings for them");
    }
    for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw v.error(
            at + "." + key, "unknown key; an override takes paths, ignore, severity and failOn");
      }
    }
    List<String> paths = v.strings(e, "paths", at + ".paths");
    if (paths.isEmpty()) {
      throw v.error(at + ".paths", "must list at least one glob, e.g. paths: [legacy/**]");
    }
    for (String glob : paths) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (PatternSyntaxException ex) {
        throw v.error(at + ".paths", "'" + glob + "' is not a glob: " + ex.getDescription());
      }
    }
    Optional<FailOn> failOn = Optional.empty();
    if (e.hasNonNull("failOn")) {
      failOn = Optional.of(v.failOn(at + ".failOn", e.get("failOn")));
    }
    return new PathOverride(
        folder,
        paths,
        v.ruleList(e, "ignore", at + ".ignore"),
        v.severities(e, "severity", at + ".severity"),
        failOn);
  }
}
