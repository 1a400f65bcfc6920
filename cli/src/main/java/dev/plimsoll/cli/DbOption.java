package dev.plimsoll.cli;

import dev.plimsoll.vulnerability.db.DbLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db PATH}: which database file; the user's cache folder by default. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "The database file; default: $XDG_CACHE_HOME/plimsoll/db.sqlite, else"
              + " ~/.cache/plimsoll/db.sqlite.")
  Path db;

  Path path() {
    return db != null
        ? db
        : DbLocation.defaultPath(System.getenv(), System.getProperty("user.home"));
  }
}
