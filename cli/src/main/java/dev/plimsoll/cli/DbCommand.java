package dev.plimsoll.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plimsoll db}: the local vulnerability database; the work is in its subcommands. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = {
      "Build and describe the local vulnerability database, made from OSV data: db import FILE...,"
          + " db update, db status.",
      "It lives in $XDG_CACHE_HOME/plimsoll/db.sqlite (else ~/.cache/plimsoll/db.sqlite); --db"
          + " PATH chooses another file."
    },
    subcommands = {DbImportCommand.class, DbUpdateCommand.class, DbStatusCommand.class})
final class DbCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: db import, db update or db status");
  }
}
