package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.rules.FailOn;
import dev.plimsoll.rules.LintConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --config}, {@code --ignore} and {@code --fail-on}: which rules run and what fails. */
final class RuleOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file; by default .plimsoll.yaml in the current folder, else"
              + " .hadolint.yaml.")
  Path config;

  @Option(
      names = "--ignore",
      paramLabel = "RULE",
      description = "Turn a rule off, by name or alias (repeatable).")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Lowest severity that makes the exit code 1: error, warning (default), info, style,"
              + " none.")
  String failOn;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The configuration file's settings with the command line's on top. */
  LintConfig config() throws BadInputException {
    LintConfig c =
        config != null
            ? LintConfig.load(config)
            : LintConfig.discover(Path.of("").toAbsolutePath());
    c = c.withIgnored(ignore);
    if (failOn != null) {
      c =
          c.withFailOn(
              FailOn.parse(failOn)
                  .orElseThrow(
                      () ->
                          new ParameterException(
                              spec.commandLine(),
                              "unknown severity '"
                                  + failOn
                                  + "' for --fail-on; one of: error, warning, info, style,"
                                  + " none")));
    }
    for (String w : c.warnings()) {
      spec.commandLine().getErr().println("warning: " + Errors.oneLine(w));
    }
    return c;
  }
}
