package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Run;
import dev.plimsoll.dockerfile.instruction.RunMount;
import dev.plimsoll.dockerfile.shell.Removal;
import dev.plimsoll.dockerfile.shell.ShellScript;
import dev.plimsoll.dockerfile.shell.SimpleCommand;

/** Whether a RUN keeps a package manager's cache folder out of its layer. */
final class PackageCaches {
  private PackageCaches() {}

  /**
   * True when the RUN keeps one of the folders out of its layer: an {@code rm -r} in the script
   * removes it (or its contents, or a folder above it), or a {@code cache} or {@code tmpfs} mount
   * sits on it or above it.
   */
  static boolean keptOut(Run run, ShellScript script, String... dirs) {
    if (mounted(run, dirs)) {
      return true;
    }
    for (String dir : dirs) {
      for (SimpleCommand command : script.commands()) {
        if (Removal.recognise(command).filter(r -> r.clears(dir)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a {@code cache} or {@code tmpfs} mount of the RUN sits on one of the folders or above
   * it.
   */
  static boolean mounted(Run run, String... dirs) {
    for (RunMount mount : RunMount.of(run)) {
      for (String dir : dirs) {
        if (mount.keepsOutOfLayer() && mount.covers(dir)) {
          return true;
        }
      }
    }
    return false;
  }
}
