package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Logging;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * Logs written with the json-file driver (the engine's default when {@code logging.driver} is
 * absent) without {@code max-size}: the file grows until the disk is full. The {@code local} driver
 * rotates by default (20 MB, 5 files, as Docker's documentation of it says), so it passes; so does
 * json-file with {@code max-size} ({@code max-file} defaults to 1). A daemon.json that sets {@code
 * log-opts} bounds them too, but the project cannot rely on the host's.
 */
final class LoggingUnbounded extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-logging-unbounded",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "json-file logs should be rotated with max-size");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    String driver = s.logging().flatMap(Logging::driver).orElse("json-file");
    Map<String, String> options = s.logging().map(Logging::options).orElse(Map.of());
    if (driver.equals("json-file") && !options.containsKey("max-size")) {
      report.at(
          at(s, "logging"),
          "service "
              + s.name()
              + (s.logging().flatMap(Logging::driver).isPresent()
                  ? " logs with json-file"
                  : " logs with the default json-file driver")
              + " without max-size, so its log grows until the disk is full: set logging.options"
              + " max-size (e.g. 10m) and max-file, or use the local driver");
    }
  }
}
