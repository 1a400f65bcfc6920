package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;

/** {@code privileged: true}: every capability, every device, no seccomp or AppArmor profile. */
final class Privileged extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-privileged",
          List.of(),
          Severity.ERROR,
          Domain.COMPOSE,
          "Do not run services privileged");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    if (s.privileged()) {
      report.at(
          at(s, "privileged"),
          "service "
              + s.name()
              + " is privileged: it gets every capability and the host's devices, and root in it"
              + " is root on the host; add only the capabilities or devices it needs (cap_add,"
              + " devices)");
    }
  }
}
