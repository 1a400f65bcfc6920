package dev.plimsoll.rules.dockerfile;

import dev.plimsoll.dockerfile.instruction.Dockerfile;
import dev.plimsoll.dockerfile.instruction.Entrypoint;
import dev.plimsoll.dockerfile.instruction.Stage;
import dev.plimsoll.dockerfile.instruction.User;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stage whose last USER is root runs its container as root (hadolint's DL3002). As in hadolint,
 * every stage is checked: a stage that switches to root for a step and never back is the common
 * slip. Beyond hadolint, a final stage with no USER at all (none inherited from the stages it is
 * built on either) runs as root too, unless its base image is known to set a non-root user ({@link
 * KnownBaseImages#setsNonRootUser}, or the image's own configuration when it was read), or the
 * image drops privileges at start-up the way the official images do, with {@code gosu}, {@code
 * su-exec}, {@code setpriv} or {@code chroot --userspec} ({@link PrivilegeDrop}). Windows bases are
 * left alone: they have no root user. So is a base image whose command is a shell or language
 * prompt ({@link PromptImage}): the application image built on it sets the user.
 */
final class RunAsNonRoot implements DockerfileRule {
  static final RuleMeta META =
      new RuleMeta(
          "run-as-non-root",
          List.of("DL3002"),
          Severity.WARNING,
          Domain.DOCKERFILE,
          "A container should not run as root: end the final stage with a non-root USER");

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
    missingUser(ctx);
  }

  private static void missingUser(RuleContext ctx) {
    StageChain chain = StageChain.ofRun(ctx);
    if (!chain.all(User.class).isEmpty() || chain.image().isEmpty()) {
      return;
    }
    Stage last = ctx.runStage();
    Optional<KnownBaseImages.Image> base = chain.base();
    String reason;
    if (chain.scratch()) {
      reason = "FROM scratch with no USER runs as uid 0";
    } else if (base.isEmpty()) {
      return;
    } else {
      Optional<String> configured = ctx.baseImage(chain.root()).flatMap(BaseImage::user);
      if (configured.isPresent()) {
        if (!ROOT.matcher(configured.get()).matches() && !configured.get().isEmpty()) {
          return;
        }
        reason = "'" + base.get().written() + "' is configured to run as root";
      } else if (KnownBaseImages.setsNonRootUser(base.get())
          || KnownBaseImages.windows(base.get())
          || (KnownBaseImages.dropsPrivileges(base.get())
              && chain.last(Entrypoint.class).isEmpty())) {
        return;
      } else {
        reason = "'" + base.get().written() + "' is not known to set a non-root user";
      }
    }
    if (PrivilegeDrop.found(ctx, chain) || PromptImage.is(chain)) {
      return;
    }
    ctx.report(
        last.from(),
        ctx.runStageName()
            + " has no USER and "
            + reason
            + ", so the container runs as root; add USER with an unprivileged user (e.g. USER"
            + " 10001) before CMD");
  }
}
