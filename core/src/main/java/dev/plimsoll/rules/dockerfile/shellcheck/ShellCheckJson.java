package dev.plimsoll.rules.dockerfile.shellcheck;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads ShellCheck's {@code -f json1} output: {@code {"comments": [{"file", "line", "endLine",
 * "column", "endColumn", "level", "code", "message", "fix"}]}}. Anything else is refused whole: a
 * ShellCheck that writes something unexpected is not to be half believed.
 */
final class ShellCheckJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> LEVELS = Set.of("error", "warning", "info", "style");

  private ShellCheckJson() {}

  /** Thrown for output that is not ShellCheck's json1. */
  static final class Garbage extends Exception {
    private static final long serialVersionUID = 1L;

    Garbage(String problem) {
      super(problem);
    }
  }

  /** The comments of each file, by the file name ShellCheck was given. */
  static Map<String, List<Comment>> parse(String output) throws Garbage {
    JsonNode root;
    try {
      root = JSON.readTree(output);
    } catch (JacksonException e) {
      throw new Garbage("not JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (root == null || !root.path("comments").isArray()) {
      throw new Garbage("no \"comments\" list");
    }
    Map<String, List<Comment>> byFile = new HashMap<>();
    for (JsonNode c : root.get("comments")) {
      String level = c.path("level").asText("");
      if (!c.path("file").isTextual()
          || !LEVELS.contains(level)
          || !c.path("code").canConvertToInt()
          || !c.path("message").isTextual()) {
        throw new Garbage("a comment without file, level, code or message: " + cut(c.toString()));
      }
      int line = positive(c, "line");
      int column = positive(c, "column");
      Comment comment =
          new Comment(
              line,
              column,
              Math.max(line, c.path("endLine").asInt(line)),
              Math.max(1, c.path("endColumn").asInt(column)),
              level,
              c.get("code").asInt(),
              oneLine(c.get("message").asText()));
      byFile.computeIfAbsent(c.get("file").asText(), k -> new ArrayList<>()).add(comment);
    }
    return byFile;
  }

  private static int positive(JsonNode c, String key) throws Garbage {
    JsonNode v = c.path(key);
    if (!v.canConvertToInt() || v.asInt() < 1) {
      throw new Garbage("a comment without a " + key + ": " + cut(c.toString()));
    }
    return v.asInt();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static String firstLine(String text) {
    return cut(String.valueOf(text).lines().findFirst().orElse(""));
  }

  private static String cut(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "...";
  }
}
