package dev.plimsoll.context.cache;

import dev.plimsoll.context.DockerIgnore;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The files of a build context as the builder receives them, after {@code .dockerignore}: each
 * {@code /}-separated path relative to the context with an identity of its content and mode. Two
 * snapshots that give a path the same identity hold the same bytes and mode there, which is all
 * BuildKit's content hash looks at (modification times are not part of it).
 */
public final class ContextSnapshot {
  private final NavigableMap<String, String> files;

  private ContextSnapshot(NavigableMap<String, String> files) {
    this.files = Collections.unmodifiableNavigableMap(files);
  }

  /** A snapshot of {@code files}: path to identity. */
  public static ContextSnapshot of(Map<String, String> files) {
    return new ContextSnapshot(new TreeMap<>(files));
  }

  /** Every file, sorted by path. */
  public NavigableMap<String, String> files() {
    return files;
  }

  /** This snapshot with {@code path} holding {@code id} (added or changed). */
  public ContextSnapshot with(String path, String id) {
    TreeMap<String, String> copy = new TreeMap<>(files);
    copy.put(path, id);
    return new ContextSnapshot(copy);
  }

  /**
   * The files a COPY, ADD or bind-mount source reads: {@code .} is everything, a file is itself, a
   * folder is what it holds, and a wildcard is every file or folder it matches, the way BuildKit
   * matches COPY wildcards.
   *
   * @param source the cleaned path relative to the context
   * @throws IllegalArgumentException when the wildcard is malformed
   */
  public NavigableMap<String, String> select(String source) {
    if (source.equals(".")) {
      return files;
    }
    if (isWildcard(source)) {
      Predicate<String> glob = DockerIgnore.copyGlob(source);
      TreeMap<String, String> out = new TreeMap<>();
      for (Map.Entry<String, String> e : files.entrySet()) {
        if (matchesOrParentMatches(glob, e.getKey())) {
          out.put(e.getKey(), e.getValue());
        }
      }
      return out;
    }
    String id = files.get(source);
    if (id != null) {
      return Collections.unmodifiableNavigableMap(new TreeMap<>(Map.of(source, id)));
    }
    // Everything under "source/": '0' is the character after '/'.
    return files.subMap(source + "/", true, source + "0", false);
  }

  static boolean isWildcard(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
  }

  private static boolean matchesOrParentMatches(Predicate<String> glob, String path) {
    if (glob.test(path)) {
      return true;
    }
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      if (glob.test(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }
}
