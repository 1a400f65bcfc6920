package dev.plimsoll.dockerfile.instruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code RUN --mount=...} as BuildKit reads it (dockerfile/instructions/parse.go and
 * runmount.go): comma-separated {@code key=value} fields, keys in any case, {@code type} defaulting
 * to {@code bind}, the target written as {@code target}, {@code dst} or {@code destination}.
 *
 * @param type {@code bind}, {@code cache}, {@code tmpfs}, {@code secret}, {@code ssh}, lower-cased
 * @param target the mount point as written, trailing slashes removed; absent when not given
 * @param fields every field, keys lower-cased, quotes around a field removed; a field without
 *     {@code =} has the value {@code ""}
 */
public record RunMount(String type, Optional<String> target, Map<String, String> fields) {

  public RunMount {
    fields = Map.copyOf(fields);
  }

  /** The mounts of a RUN, in order. */
  public static List<RunMount> of(Run run) {
    List<RunMount> mounts = new ArrayList<>();
    for (String value : run.flags().values("mount")) {
      mounts.add(parse(value));
    }
    return mounts;
  }

  /** Reads one {@code --mount} value, e.g. {@code type=cache,target=/var/cache/apt}. */
  public static RunMount parse(String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String raw : value.split(",", -1)) {
      String field = unquote(raw.strip());
      if (field.isEmpty()) {
        continue;
      }
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      fields.put(key, eq < 0 ? "" : unquote(field.substring(eq + 1)));
    }
    String type = fields.getOrDefault("type", "bind").toLowerCase(Locale.ROOT);
    Optional<String> target = Optional.empty();
    for (String key : List.of("target", "dst", "destination")) {
      if (fields.containsKey(key)) {
        target = Optional.of(trimSlashes(fields.get(key)));
      }
    }
    return new RunMount(type, target, fields);
  }

  /**
   * True for a {@code cache} or {@code tmpfs} mount: what is written there stays out of the layer.
   */
  public boolean keepsOutOfLayer() {
    return type.equals("cache") || type.equals("tmpfs");
  }

  /**
   * True when the mount's target is {@code dir} or a folder above it, so that everything written
   * under {@code dir} lands in the mount. {@code dir} is absolute, without a trailing slash.
   */
  public boolean covers(String dir) {
    if (target.isEmpty()) {
      return false;
    }
    String t = target.get();
    return t.equals(dir) || dir.startsWith(t + "/");
  }

  private static String trimSlashes(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String unquote(String text) {
    boolean quoted =
        text.length() >= 2
            && (text.charAt(0) == '"' || text.charAt(0) == '\'')
            && text.charAt(text.length() - 1) == text.charAt(0);
    return quoted ? text.substring(1, text.length() - 1) : text;
  }
}
