package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -o FILE}: where a report goes; standard output by default. */
final class OutputTarget {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** A writer to the output; closing it leaves standard output open. */
  Writer open() throws BadInputException {
    if (output == null) {
      return new FilterWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(output.toString(), "cannot write the report: " + e.getMessage());
    }
  }

  /**
   * True when the report goes to a terminal. Java cannot ask whether standard output alone is a
   * terminal, so bin/plimsoll tells it ({@code -Dplimsoll.stdout.tty}, from {@code [ -t 1 ]});
   * without the launcher, a console means both standard input and output are terminals.
   */
  @SuppressWarnings("SystemConsoleNull") // Plimsoll runs on JDK 17, where null means no terminal
  boolean toTerminal() {
    if (output != null) {
      return false;
    }
    String told = System.getProperty("plimsoll.stdout.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }
}
