package dev.plimsoll.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Commands of the contract that are not built yet. Each exists so scripts can rely on its name;
 * running it says which release brings it, in one line, and exits 2.
 */
final class PlannedCommands {
  private PlannedCommands() {}

  /** Shared behaviour: refuse, naming the release. */
  abstract static class Planned implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Unmatched List<String> ignored;

    abstract String release();

    @Override
    public Integer call() {
      spec.commandLine()
          .getErr()
          .println(
              "error: 'plimsoll "
                  + spec.name()
                  + "' is not built yet; it comes in plimsoll "
                  + release());
      spec.commandLine().getErr().flush();
      return Errors.BAD_INPUT;
    }
  }

  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description = {
        "Known vulnerabilities and secrets in an image or folder.",
        "Not built yet: comes in plimsoll 0.5."
      })
  static final class Scan extends Planned {
    @Override
    String release() {
      return "0.5";
    }
  }
}
