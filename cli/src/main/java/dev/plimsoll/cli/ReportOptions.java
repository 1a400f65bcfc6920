package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.report.Report;
import dev.plimsoll.report.ReportWriter;
import dev.plimsoll.report.ReportWriters;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code -f/--format}, {@code -o/--output} and {@code --no-color}: how a report is written. */
final class ReportOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FMT",
      defaultValue = "tty",
      completionCandidates = ReportFormats.class,
      description = "${COMPLETION-CANDIDATES}; default: tty.")
  String format;

  @Option(
      names = "--no-color",
      description = "Plain output; the NO_COLOR environment variable does the same.")
  boolean noColor;

  @Mixin OutputTarget target;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The writer for {@code --format}; a usage error when there is none. */
  ReportWriter writer() {
    return ReportWriters.forFormat(format)
        .orElseThrow(() -> unknownFormat(spec, format, accepted()));
  }

  /** Every format the command accepts, its own included, as its help lists them. */
  List<String> accepted() {
    List<String> out = new ArrayList<>();
    spec.findOption(ReportFormats.OPTION).completionCandidates().forEach(out::add);
    return out;
  }

  /** The usage error for a {@code --format} that is not one of {@code known}. */
  static ParameterException unknownFormat(CommandSpec spec, String format, Iterable<String> known) {
    return new ParameterException(
        spec.commandLine(), "unknown format '" + format + "'; one of: " + String.join(", ", known));
  }

  /** Colour only on a terminal, and never when the user said no. */
  boolean color() {
    String noColorEnv = System.getenv("NO_COLOR");
    return !noColor && (noColorEnv == null || noColorEnv.isEmpty()) && target.toTerminal();
  }

  void write(Report report) throws BadInputException, IOException {
    ReportWriter w = writer();
    try (Writer out = target.open()) {
      w.write(report, out, color());
    }
  }
}
