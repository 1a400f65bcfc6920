package dev.plimsoll.context;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A build context as the builder receives it, after {@code .dockerignore}: what is sent, what is
 * kept out, the largest entries, and what is sent that should not be. Made by {@link
 * ContextWalk#walk}. Paths are {@code /}-separated and relative to the context.
 *
 * @param root the context folder
 * @param ignoreFile the ignore file applied, as named in messages; empty when there is none
 * @param files regular files and symbolic links sent (folders are not counted)
 * @param bytes their sizes; a link counts as the length of its target's name, as tar sends it
 * @param excludedFiles files kept out; inside a folder skipped unmeasured, none are counted
 * @param excludedBytes their sizes
 * @param unmeasuredFolders excluded folders skipped without counting what they hold
 * @param excluded the outermost excluded entries, largest first
 * @param largest the largest entries sent, files and folders, largest first
 * @param included every file sent, sorted
 * @param sentFolders every folder that is sent or holds something sent
 * @param shouldExclude what is sent that usually should not be, by path
 */
public record BuildContext(
    Path root,
    Optional<String> ignoreFile,
    long files,
    long bytes,
    long excludedFiles,
    long excludedBytes,
    long unmeasuredFolders,
    List<Entry> excluded,
    List<Entry> largest,
    List<String> included,
    Set<String> sentFolders,
    List<Unexcluded> shouldExclude) {

  public BuildContext {
    excluded = List.copyOf(excluded);
    largest = List.copyOf(largest);
    included = List.copyOf(included);
    sentFolders = Set.copyOf(sentFolders);
    shouldExclude = List.copyOf(shouldExclude);
  }

  /** A file or folder with what it holds; a file holds itself. */
  public record Entry(String path, long files, long bytes, boolean folder) {}

  /** Why an entry should stay out of the context. */
  public enum Kind {
    VCS("version control data"),
    DEPENDENCIES("installed dependencies"),
    BUILD_OUTPUT("build output"),
    IDE("IDE settings"),
    SECRETS("local secrets");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** An entry that is sent and should not be, with the line that keeps it out. */
  public record Unexcluded(String path, Kind kind, long files, long bytes, boolean folder) {
    /** The {@code .dockerignore} line to add. */
    public String pattern() {
      return path;
    }
  }

  /** A size for people: {@code 512 B}, {@code 3.4 kB}, {@code 12.3 MB} (powers of 1000). */
  public static String humanBytes(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /**
   * A COPY or ADD source (variables already expanded) as a path of the context, the way BuildKit
   * resolves it: cleaned, and kept inside the context (a leading {@code /} or {@code ..} cannot
   * leave it); {@code .} for the context itself.
   */
  public static String sourcePath(String source) {
    String path = DockerIgnore.clean(source);
    while (path.startsWith("/") || path.startsWith("../")) {
      path = path.substring(path.indexOf('/') + 1);
    }
    return path.isEmpty() || path.equals("..") ? "." : path;
  }

  /** Whether {@code path} (cleaned, relative) is a file or folder that is sent. */
  public boolean sends(String path) {
    return path.equals(".")
        || sentFolders.contains(path)
        || Collections.binarySearch(included, path) >= 0;
  }

  /**
   * Whether some file or folder sent matches {@code glob} as a COPY source: {@code *}, {@code ?}
   * and {@code [...]} within one path element, {@code **} across elements (moby/patternmatcher,
   * which BuildKit's COPY wildcards use).
   *
   * @throws IllegalArgumentException when the glob is malformed
   */
  public boolean sendsMatch(String glob) {
    IgnorePattern pattern = IgnorePattern.of(glob);
    return included.stream().anyMatch(pattern::matches)
        || sentFolders.stream().anyMatch(pattern::matches);
  }

  /** What should not be sent and is, inside {@code source} (a cleaned path; {@code .} is all). */
  public List<Unexcluded> shouldExcludeWithin(String source) {
    if (source.equals(".")) {
      return shouldExclude;
    }
    String prefix = source + "/";
    return shouldExclude.stream().filter(u -> u.path().startsWith(prefix)).toList();
  }
}
