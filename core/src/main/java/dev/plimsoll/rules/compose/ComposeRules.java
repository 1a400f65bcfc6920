package dev.plimsoll.rules.compose;

import java.util.List;

/** The compose rules, sorted by name. */
public final class ComposeRules {
  private ComposeRules() {}

  public static List<ComposeRule> all() {
    return List.of(
        new BuildTargetMissing(),
        new CapabilitiesNotDropped(),
        new DependsOnUnhealthy(),
        new DockerSocketMounted(),
        new EnvFileMissing(),
        new HealthcheckDisablesDockerfile(),
        new HealthcheckMissing(),
        new HealthcheckOverridesDockerfile(),
        new HeapExceedsMemoryLimit(),
        new HostNamespace(),
        new ImageUnpinned(),
        new LoggingUnbounded(),
        new NoNewPrivilegesMissing(),
        new PortAllInterfaces(),
        new PortConflict(),
        new PortNotExposed(),
        new Privileged(),
        new ReadOnlyMissing(),
        new ResourceLimitsMissing(),
        new RestartPolicyMissing(),
        new RunsAsRoot(),
        new SecretInEnvironment(),
        new UndefinedReference(),
        new UndefinedVariable());
  }
}
