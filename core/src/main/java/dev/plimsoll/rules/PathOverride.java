package dev.plimsoll.rules;

import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings for the Dockerfiles under some paths: one entry of {@code overrides:} in {@code
 * .plimsoll.yaml}. They apply on top of the file-wide settings, later entries winning.
 *
 * @param base the folder the globs are relative to: the configuration file's, absolute
 * @param paths globs in the flavour of {@code exclude} (Java's {@code glob:} syntax); a glob that
 *     matches a folder matches every file under it
 * @param ignore more rules turned off
 * @param severity severity overrides by rule name or alias; one also turns an opt-in rule on
 * @param failOn the threshold for findings in these files
 */
public record PathOverride(
    Path base,
    List<String> paths,
    Set<String> ignore,
    Map<String, Severity> severity,
    Optional<FailOn> failOn) {

  public PathOverride {
    base = base.toAbsolutePath().normalize();
    paths = List.copyOf(paths);
    ignore = Set.copyOf(ignore);
    severity = Map.copyOf(severity);
  }

  /**
   * True when {@code file}, as given to lint (relative to the current folder, or absolute), is one
   * of the paths.
   */
  public boolean matches(String file) {
    Path relative;
    try {
      Path absolute = Path.of(file).toAbsolutePath().normalize();
      if (!absolute.startsWith(base)) {
        return false;
      }
      relative = base.relativize(absolute);
    } catch (InvalidPathException e) {
      return false; // not a path at all, e.g. a name for standard input with a NUL in it
    }
    for (String glob : paths) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      for (Path p = relative; p != null; p = p.getParent()) {
        if (m.matches(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** This entry without its threshold, when the command line sets one: the command line wins. */
  PathOverride withoutFailOn() {
    return new PathOverride(base, paths, ignore, severity, Optional.empty());
  }

  /**
   * This entry without severities for the rules the command line turned off, so that a severity
   * here cannot turn them back on.
   */
  PathOverride withoutSeverities(Collection<String> ignored) {
    Map<String, Severity> kept = new LinkedHashMap<>(severity);
    kept.keySet().removeIf(k -> ignored.stream().anyMatch(i -> KnownRules.same(i, k)));
    return new PathOverride(base, paths, ignore, kept, failOn);
  }
}
