package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stage whose last USER is root runs its container as root (hadolint's DL3002). As in hadolint,
 * every stage is checked: a stage that switches to root for a step and never back is the common
 * slip. Planned: a final stage with no USER at all, on a base image not known to set one.
 */
final class RunAsNonRoot implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "run-as-non-root",
          List.of("DL3002"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "The last USER of a stage should not be root");

  /** {@code root}, {@code 0}, or either with a group: hadolint's test, as written. */
  private static final Pattern ROOT = Pattern.compile("(?:root|0)(?::.*)?");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void visitFile(Dockerfile file, RuleContext ctx) {
    for (Stage s : file.stages()) {
      List<User> users = s.all(User.class);
      if (users.isEmpty()) {
        continue;
      }
      User last = users.get(users.size() - 1);
      String user = KnownValue.unquote(last.user());
      if (ROOT.matcher(user).matches()) {
        ctx.report(
            last,
            "Last USER of stage "
                + s.label()
                + " is '"
                + user
                + "': the container runs as root; switch to an unprivileged user");
      }
    }
  }
}
