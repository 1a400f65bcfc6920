package dev.plimsoll.context;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A build context's {@code .dockerignore}, read and matched exactly as Docker does: lines as
 * BuildKit's {@code dockerignore.ReadAll} (moby/patternmatcher {@code ignorefile}) reads them,
 * patterns as moby/patternmatcher compiles and matches them. This is our own Java that follows
 * patternmatcher.go step by step: no Java library has Docker's semantics (gitignore and java.nio
 * glob matchers differ on {@code **}, on exceptions and on parent folders).
 *
 * <pre>{@code
 * DockerIgnore ignore = DockerIgnore.read(Path.of("ctx/.dockerignore"), ".dockerignore");
 * ignore.excludes("node_modules/left-pad/index.js");  // true when node_modules is ignored
 * }</pre>
 */
public final class DockerIgnore {
  /** BuildKit's {@code bufio.Scanner} gives up on a longer line, and so does the build. */
  private static final int MAX_LINE_BYTES = 64 * 1024;

  private final String file;
  private final List<IgnorePattern> patterns;
  private final boolean hasExceptions;

  private DockerIgnore(String file, List<IgnorePattern> patterns) {
    this.file = file;
    this.patterns = List.copyOf(patterns);
    this.hasExceptions = patterns.stream().anyMatch(IgnorePattern::exception);
  }

  /**
   * The ignore file BuildKit uses for {@code dockerfile}: {@code <Dockerfile-name>.dockerignore}
   * beside the Dockerfile when there is one, else the context's {@code .dockerignore}, else none.
   */
  public static Optional<Path> find(Path context, Path dockerfile) {
    Path beside = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
    if (Files.isRegularFile(beside)) {
      return Optional.of(beside);
    }
    Path shared = context.resolve(".dockerignore");
    return Files.isRegularFile(shared) ? Optional.of(shared) : Optional.empty();
  }

  /** Reads an ignore file; {@code name} is how errors name it. */
  public static DockerIgnore read(Path path, String name) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new BadInputException(name, "cannot read the file: " + e.getMessage(), e);
    }
    return parse(name, new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The lines of an ignore file as {@code ReadAll} takes them: a BOM dropped, lines split at LF
   * with a trailing CR dropped, {@code #} comments only in the first column, whitespace trimmed,
   * {@code !} split off, the rest cleaned and a leading {@code /} removed.
   */
  public static DockerIgnore parse(String name, String text) throws BadInputException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\n", -1);
    int count = body.endsWith("\n") ? lines.length - 1 : lines.length;
    List<IgnorePattern> patterns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.getBytes(StandardCharsets.UTF_8).length >= MAX_LINE_BYTES) {
        throw new BadInputException(name, i + 1, "line too long (64 KiB or more)");
      }
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = GoPath.trimSpace(line);
      if (pattern.isEmpty()) {
        continue;
      }
      boolean invert = pattern.charAt(0) == '!';
      if (invert) {
        pattern = GoPath.trimSpace(pattern.substring(1));
      }
      if (!pattern.isEmpty()) {
        pattern = GoPath.clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
          pattern = pattern.substring(1);
        }
      }
      try {
        patterns.add(IgnorePattern.of(invert ? "!" + pattern : pattern));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(name, i + 1, e.getMessage());
      }
    }
    return new DockerIgnore(name, patterns);
  }

  /**
   * patternmatcher's {@code New} over patterns given as they are, without {@code ReadAll}'s line
   * handling (its test cases are written so).
   */
  public static DockerIgnore of(String name, List<String> patterns) throws BadInputException {
    List<IgnorePattern> compiled = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      String p = GoPath.trimSpace(patterns.get(i));
      if (p.isEmpty()) {
        continue;
      }
      try {
        compiled.add(IgnorePattern.of(p));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(name, i + 1, e.getMessage());
      }
    }
    return new DockerIgnore(name, compiled);
  }

  /** The name errors and messages give the file. */
  public String file() {
    return file;
  }

  /** Whether any pattern starts with {@code !} (patternmatcher's {@code Exclusions}). */
  public boolean hasExceptions() {
    return hasExceptions;
  }

  /**
   * {@link #excludes} for a path whose folder is not excluded. Without exceptions no pattern
   * matches that folder or any above it, so only the path itself needs matching.
   */
  public boolean excludesInIncludedFolder(String path) {
    if (hasExceptions) {
      return excludes(path);
    }
    for (IgnorePattern pattern : patterns) {
      if (pattern.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an exception ({@code !}) pattern could re-include {@code dir} or something inside it,
   * so that a walk must descend into the excluded folder instead of skipping it. Errs toward yes.
   */
  public boolean mayReincludeWithin(String dir) {
    for (IgnorePattern pattern : patterns) {
      if (pattern.exception() && pattern.mayReach(dir)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a path of the context stays out of the build (patternmatcher's package-level {@code
   * MatchesOrParentMatches}): the path is cleaned, and the context itself is never excluded.
   */
  public boolean excludes(String path) {
    String file = GoPath.clean(path);
    return !file.equals(".") && matchesOrParentMatches(file);
  }

  /**
   * The method {@code MatchesOrParentMatches} on a cleaned path, as BuildKit's CopyIgnoredFile
   * check calls it: unlike {@link #excludes}, {@code .} is matched like any path.
   */
  public boolean matchesOrParentMatches(String cleanedPath) {
    String parent = GoPath.dir(cleanedPath);
    String[] parentDirs = parent.split("/", -1);
    boolean matched = false;
    for (IgnorePattern pattern : patterns) {
      // Last match wins: only an exception can undo a match, only an exclusion can make one.
      if (pattern.exception() != matched) {
        continue;
      }
      boolean match = pattern.matches(cleanedPath);
      if (!match && !parent.equals(".")) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parentDirs.length && !match; i++) {
          if (i > 0) {
            prefix.append('/');
          }
          prefix.append(parentDirs[i]);
          match = pattern.matches(prefix.toString());
        }
      }
      if (match) {
        matched = !pattern.exception();
      }
    }
    return matched;
  }

  /**
   * A COPY or ADD wildcard source as BuildKit matches it against the context's paths: the same
   * moby/patternmatcher pattern, {@code *} and {@code ?} within a path element, {@code **} across.
   *
   * @throws IllegalArgumentException when Docker refuses the pattern
   */
  public static java.util.function.Predicate<String> copyGlob(String glob) {
    IgnorePattern pattern = IgnorePattern.of(glob);
    return pattern::matches;
  }

  /** Cleans a path as Go's {@code filepath.Clean} does, e.g. a COPY source before matching. */
  public static String clean(String path) {
    return GoPath.clean(path);
  }
}
