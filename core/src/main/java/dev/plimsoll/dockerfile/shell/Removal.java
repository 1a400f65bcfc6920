package dev.plimsoll.dockerfile.shell;

import java.util.List;
import java.util.Optional;

/**
 * An {@code rm} command: which paths it deletes. For cache clean-up checks such as {@code rm -rf
 * /var/lib/apt/lists/*} after {@code apt-get update}.
 *
 * @param command the command, wrappers removed
 * @param paths the operands after quote removal, globs and expansions kept as written
 * @param recursive {@code -r}, {@code -R} or {@code --recursive}
 */
public record Removal(SimpleCommand command, List<String> paths, boolean recursive) {

  public Removal {
    paths = List.copyOf(paths);
  }

  /** The removal the command makes, looking through wrappers; empty for other commands. */
  public static Optional<Removal> recognise(SimpleCommand command) {
    SimpleCommand c = command.unwrapped();
    if (!c.is("rm")) {
      return Optional.empty();
    }
    Options options = c.options();
    return Optional.of(
        new Removal(
            c,
            options.operands().stream().map(Word::unquoted).toList(),
            options.has("-r", "-R", "--recursive")));
  }

  /**
   * True when the folder's contents go: {@code dir}, {@code dir/}, {@code dir/*} or a parent of it
   * is removed. {@code dir} is written without a trailing slash, e.g. {@code /var/lib/apt/lists}.
   */
  public boolean clears(String dir) {
    for (String path : paths) {
      String p = path;
      if (p.endsWith("/*")) {
        p = p.substring(0, p.length() - 2);
      }
      while (p.length() > 1 && p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      if (dir.equals(p) || dir.startsWith(p.equals("/") ? "/" : p + "/")) {
        return p.equals(dir) || recursive;
      }
    }
    return false;
  }
}
