package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * USER by name rather than number (hadolint's DL3066): Kubernetes' {@code runAsNonRoot} and other
 * host-side checks cannot resolve a name without the image's {@code /etc/passwd}. The user part is
 * read after expansion; one a build argument decides is left alone.
 */
final class UserNumericId implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "user-numeric-id",
          List.of("DL3066"),
          Severity.INFO,
          Domain.DOCKERFILE,
          "USER should name a numeric user id");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitUser(User user, RuleContext ctx) {
    Optional<String> value = KnownValue.of(ctx.dockerfile(), user, user.user());
    if (value.isEmpty()) {
      return;
    }
    String uid = value.get().split(":", 2)[0];
    if (!uid.chars().allMatch(Character::isDigit) || uid.isEmpty()) {
      ctx.report(
          user,
          "USER '"
              + uid
              + "' is not a numeric user id: the host may not resolve it (Kubernetes"
              + " runAsNonRoot cannot); use the number, e.g. USER 10001");
    }
  }
}
