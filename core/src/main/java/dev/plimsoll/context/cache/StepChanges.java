package dev.plimsoll.context.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Says, in words, what differs between a step and the one the first build ran in its place. */
final class StepChanges {
  private static final int NAMED = 3;

  private StepChanges() {}

  /**
   * Among the first build's steps on the same parent, the one this step replaces: the same
   * instruction first, then the same keyword, then any.
   */
  static Optional<CacheStep> counterpart(CacheStep step, List<CacheStep> siblings) {
    String ins = step.parts().get("instruction");
    for (CacheStep c : siblings) {
      if (Objects.equals(c.parts().get("instruction"), ins)) {
        return Optional.of(c);
      }
    }
    String keyword = step.instruction().keyword();
    for (CacheStep c : siblings) {
      if (c.instruction().keyword().equals(keyword)) {
        return Optional.of(c);
      }
    }
    return siblings.isEmpty() ? Optional.empty() : Optional.of(siblings.get(0));
  }

  /** What changed from {@code before} to {@code after}, part by part. */
  static String describe(CacheStep before, CacheStep after) {
    List<String> out = new ArrayList<>();
    TreeSet<String> labels = new TreeSet<>(before.parts().keySet());
    labels.addAll(after.parts().keySet());
    // The instruction first: when it changed, the rest is detail.
    String was = before.parts().get("instruction");
    if (!Objects.equals(was, after.parts().get("instruction"))) {
      return "the instruction changed (was `"
          + shorten(before.text())
          + "` on line "
          + before.line()
          + ")";
    }
    for (String label : labels) {
      String a = before.parts().get(label);
      String b = after.parts().get(label);
      if (Objects.equals(a, b)) {
        continue;
      }
      out.add(part(label, a, b, before, after));
    }
    if (out.isEmpty()) {
      // Same values, another order: BuildKit keys a RUN on the environment as an ordered list.
      List<String> first = variables(before);
      List<String> second = variables(after);
      if (!first.equals(second)) {
        return "the variables are defined in another order: "
            + String.join(", ", first)
            + " → "
            + String.join(", ", second);
      }
    }
    return out.isEmpty() ? "its key changed" : String.join("; ", out);
  }

  /** The ENV and ARG names a step's key holds, in the order of the key. */
  private static List<String> variables(CacheStep step) {
    return step.parts().keySet().stream()
        .filter(l -> l.startsWith("env ") || l.startsWith("arg "))
        .map(l -> l.substring(l.indexOf(' ') + 1))
        .toList();
  }

  private static String part(String label, String a, String b, CacheStep before, CacheStep after) {
    int space = label.indexOf(' ');
    String kind = space < 0 ? label : label.substring(0, space);
    String name = space < 0 ? "" : label.substring(space + 1);
    return switch (kind) {
      case "env", "arg" -> {
        String k = kind.toUpperCase(java.util.Locale.ROOT) + " " + name;
        if (a == null) {
          yield k + " is new (" + quote(b) + ")";
        }
        yield b == null ? k + " is gone" : k + " changed: " + quote(a) + " → " + quote(b);
      }
      case "user" -> "USER changed: " + quote(a) + " → " + quote(b);
      case "workdir" -> "WORKDIR changed: " + quote(a) + " → " + quote(b);
      case "shell" -> "SHELL changed: " + quote(a) + " → " + quote(b);
      case "files" -> files(name, before.reads().get(label), after.reads().get(label));
      case "heredoc" -> "the heredoc " + name + " changed";
      case "mount" -> "--mount " + name + " changed";
      case "base" -> "the base image changed: " + quote(a) + " → " + quote(b);
      case "platform" -> "the platform changed: " + quote(a) + " → " + quote(b);
      case "stage" -> "stage " + name + " changed";
      default -> label + " changed";
    };
  }

  /** Which files of a source differ: changed, added, removed, a few by name. */
  static String files(
      String source, NavigableMap<String, String> before, NavigableMap<String, String> after) {
    NavigableMap<String, String> a = before == null ? new java.util.TreeMap<>() : before;
    NavigableMap<String, String> b = after == null ? new java.util.TreeMap<>() : after;
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, String> e : b.entrySet()) {
      String old = a.get(e.getKey());
      if (old == null) {
        added.add(e.getKey());
      } else if (!old.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (String k : a.keySet()) {
      if (!b.containsKey(k)) {
        removed.add(k);
      }
    }
    List<String> out = new ArrayList<>();
    if (!changed.isEmpty()) {
      out.add(names(changed) + " changed");
    }
    if (!added.isEmpty()) {
      out.add(names(added) + " added");
    }
    if (!removed.isEmpty()) {
      out.add(names(removed) + " removed");
    }
    String where = source.equals(".") ? "the build context" : source;
    if (out.size() == 1
        && (changed.equals(List.of(source))
            || removed.equals(List.of(source))
            || added.equals(List.of(source)))) {
      return out.get(0); // a single-file source: "package.json changed"
    }
    return out.isEmpty()
        ? "the files of " + where + " changed"
        : "in " + where + ": " + String.join(", ", out);
  }

  private static String names(List<String> paths) {
    if (paths.size() <= NAMED) {
      return String.join(", ", paths);
    }
    return String.join(", ", paths.subList(0, NAMED)) + " and " + (paths.size() - NAMED) + " more";
  }

  private static String quote(String s) {
    return s == null ? "unset" : "\"" + s + "\"";
  }

  /** An instruction for a message: on one line, its first 80 characters. */
  static String shorten(String text) {
    return shorten(text, 80);
  }

  /** An instruction on one line, at most {@code max} characters. */
  static String shorten(String text, int max) {
    String one = text.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }
}
