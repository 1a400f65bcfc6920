package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.ComposeProject;
import dev.plimsoll.compose.model.EnvVar;
import dev.plimsoll.compose.model.Service;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import dev.plimsoll.rules.image.Secrets;
import java.util.List;

/**
 * An {@code environment} variable whose name says it holds a secret, with a value, or whose value
 * has a credential's format; the image rules' {@link Secrets} judges both. A value from {@code
 * ${VAR}} counts too: interpolated or not, it ends up in the container's configuration, which
 * {@code docker inspect} shows. Names that point at a secret ({@code DB_PASSWORD_FILE}) pass.
 *
 * <p>A bare name ({@code - DB_PASSWORD}) passes: it hands the container whatever the shell or
 * {@code .env} holds when the project starts, and the compose file holds no secret. Judging the
 * value plimsoll's own shell gave it would make the finding depend on who runs plimsoll.
 */
final class SecretInEnvironment extends ServiceRule {
  static final RuleMeta META =
      new RuleMeta(
          "compose-secret-in-environment",
          List.of(),
          Severity.WARNING,
          Domain.COMPOSE,
          "Pass secrets with secrets:, not environment variables");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  void check(ComposeProject project, Service s, Report report) {
    for (EnvVar e :
        s.environment().values().stream()
            .sorted(java.util.Comparator.comparing(EnvVar::name))
            .toList()) {
      String value = e.value().orElse("");
      if (!e.bare()
          && !value.isEmpty()
          && (Secrets.secretName(e.name()) || Secrets.credentialFormat(value))) {
        report.at(
            e.pos(),
            "service "
                + s.name()
                + " gets "
                + e.name()
                + " in its environment, which docker inspect, /proc and crash reports show: pass"
                + " it with secrets: (a file under /run/secrets) and, where the image supports it,"
                + " "
                + e.name()
                + "_FILE");
      }
    }
  }
}
