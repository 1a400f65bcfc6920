package dev.plimsoll.cli;

import dev.plimsoll.rules.context.ContextSourcePaths;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build context {@code check} picks for one Dockerfile: the one a compose file declares, else
 * the Dockerfile's folder or an ancestor up to the project root where the most COPY/ADD sources
 * exist (ties go to the nearest folder, as {@code docker build .} beside the Dockerfile would).
 *
 * @param dockerfile as reported
 * @param context the folder, as a path a user can type
 * @param reason why, in a few words
 */
record ContextChoice(String dockerfile, Path context, String reason) {

  static ContextChoice declared(String dockerfile, ComposeContexts.Declared d) {
    return new ContextChoice(
        dockerfile,
        relative(d.context()),
        "declared by " + d.composeFile() + " (service " + d.service() + ")");
  }

  static ContextChoice guess(String dockerfile, String text, Path root) {
    List<String> sources = ContextSourcePaths.of(dockerfile, text);
    Path top = root.toAbsolutePath().normalize();
    Path folder = Path.of(dockerfile).toAbsolutePath().normalize().getParent();
    Path best = folder;
    int bestCount = -1;
    for (Path c = folder; c != null && c.startsWith(top); c = c.getParent()) {
      int count = 0;
      for (String s : sources) {
        count += exists(c, s) ? 1 : 0;
      }
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    String reason =
        sources.isEmpty()
            ? "no COPY/ADD source to place; the Dockerfile's folder"
            : bestCount + " of " + sources.size() + " COPY/ADD sources found there";
    return new ContextChoice(dockerfile, relative(best), reason);
  }

  /** Plain paths by {@code Files.exists}; a wildcard by its last segment in its literal folder. */
  private static boolean exists(Path context, String source) {
    if (source.indexOf('*') < 0 && source.indexOf('?') < 0 && source.indexOf('[') < 0) {
      return Files.exists(context.resolve(source), LinkOption.NOFOLLOW_LINKS);
    }
    int slash = source.lastIndexOf('/');
    String parent = slash < 0 ? "." : source.substring(0, slash);
    if (parent.indexOf('*') >= 0 || parent.indexOf('?') >= 0 || parent.indexOf('[') >= 0) {
      return false;
    }
    PathMatcher m;
    try {
      m = FileSystems.getDefault().getPathMatcher("glob:" + source.substring(slash + 1));
    } catch (IllegalArgumentException e) {
      return false;
    }
    try (Stream<Path> entries = Files.list(context.resolve(parent))) {
      return entries.anyMatch(p -> m.matches(p.getFileName()));
    } catch (IOException e) {
      return false;
    }
  }

  static Path relative(Path absolute) {
    Path cwd = Path.of("").toAbsolutePath();
    Path rel = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    return rel.toString().isEmpty() ? Path.of(".") : rel;
  }

  String line() {
    return dockerfile + ": context " + context + " (" + reason + ")";
  }
}
