package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import picocli.CommandLine.Option;

/** The {@code -f/--format} option of the commands whose report is a tty page or JSON. */
final class TtyOrJson {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "tty",
      description = "tty (default) or json.")
  String format;

  /** True for json, false for tty; any other word is refused, naming the report. */
  boolean json(String report) throws BadInputException {
    return switch (format) {
      case "json" -> true;
      case "tty" -> false;
      default -> throw new BadInputException("--format", report + " is tty or json, not " + format);
    };
  }
}
