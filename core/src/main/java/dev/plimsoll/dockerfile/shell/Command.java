package dev.plimsoll.dockerfile.shell;

import java.util.List;

/** One command of a pipeline: a simple command, or a compound one that holds lists. */
public sealed interface Command permits SimpleCommand, CompoundCommand {

  /** Where the command starts in {@link ShellScript#text()}. */
  int offset();

  /** Redirections of the whole command. */
  List<Redirect> redirects();
}
