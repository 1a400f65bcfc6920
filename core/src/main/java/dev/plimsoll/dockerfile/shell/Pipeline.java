package dev.plimsoll.dockerfile.shell;

import java.util.List;
import java.util.Set;

/**
 * Commands joined by {@code |}: {@code curl -fsSL URL | sh}.
 *
 * @param commands one or more
 * @param negated true for {@code ! pipeline}
 * @param pipefail true when an earlier {@code set} in the script switched {@code pipefail} on (read
 *     in the order the script is written, so a {@code set} inside a subshell counts too)
 * @param offset where it starts in {@link ShellScript#text()}
 */
public record Pipeline(List<Command> commands, boolean negated, boolean pipefail, int offset) {

  private static final Set<String> SHELLS =
      Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

  public Pipeline {
    commands = List.copyOf(commands);
  }

  /** True when there is more than one command, so a failure before the last can go unseen. */
  public boolean isPiped() {
    return commands.size() > 1;
  }

  /**
   * True when a download that writes to standard output ({@code curl URL}, {@code wget -O- URL})
   * feeds a later shell in this pipeline ({@code | sh}, {@code | sudo bash -s --}).
   */
  public boolean pipesToShell() {
    boolean downloaded = false;
    for (Command command : commands) {
      if (!(command instanceof SimpleCommand written)) {
        continue;
      }
      SimpleCommand simple = written.unwrapped();
      if (downloaded && SHELLS.contains(simple.program())) {
        return true;
      }
      downloaded |= Download.recognise(simple).filter(Download::writesToStdout).isPresent();
    }
    return false;
  }
}
