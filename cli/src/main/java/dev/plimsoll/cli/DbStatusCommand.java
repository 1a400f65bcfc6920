package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.vulnerability.db.DbStatus;
import dev.plimsoll.vulnerability.db.VulnerabilityDb;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plimsoll db status}: what the database holds and how old it is. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Advisories per ecosystem, when the database was built and from what. Exit code 2 when"
          + " there is no database."
    })
final class DbStatusCommand implements Callable<Integer> {
  @Mixin TtyOrJson format;

  @Mixin DbOption db;

  @Mixin OutputTarget target;

  @Override
  public Integer call() throws BadInputException, IOException {
    boolean json = format.json("db status");
    DbStatus status;
    try (VulnerabilityDb opened = VulnerabilityDb.open(db.path())) {
      status = opened.status();
    }
    try (Writer out = target.open()) {
      if (json) {
        DbStatusJson.write(status, Instant.now(), out);
      } else {
        DbStatusTty.write(status, Instant.now(), out);
      }
    }
    return 0;
  }
}
