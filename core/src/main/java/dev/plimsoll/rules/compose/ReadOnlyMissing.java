package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/** No {@code read_only: true}: whoever gets into the container can change its files. */
final class ReadOnlyMissing extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-read-only-missing",
          List.of(),
          Severity.INFO,
          Domain.COMPOSE,
          "Run services with a read-only root file system");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (!s.readOnly().orElse(false)) {
      report.at(
          s.readOnly().isPresent() ? at(s, "read_only") : s.pos(),
          "service "
              + s.name()
              + " can write to its root file system, so an intruder can change its programs: set"
              + " read_only: true, with volumes or tmpfs for the paths it writes");
    }
  }
}
