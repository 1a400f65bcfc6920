package dev.plimsoll.rules.compose;

import java.util.List;

/** The compose rules, sorted by name. */
public final class ComposeRules {
  private ComposeRules() {}

  public static List<ComposeRule> all() {
    return List.of(
        new CapabilitiesNotDropped(),
        new HealthcheckMissing(),
        new ImageUnpinned(),
        new LoggingUnbounded(),
        new NoNewPrivilegesMissing(),
        new Privileged(),
        new ReadOnlyMissing(),
        new ResourceLimitsMissing(),
        new RestartPolicyMissing());
  }
}
