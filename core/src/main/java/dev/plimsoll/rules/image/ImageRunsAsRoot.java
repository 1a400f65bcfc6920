package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/** The image starts its processes as root: no USER, or USER root / 0 (dockle CIS-DI-0001). */
final class ImageRunsAsRoot implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-runs-as-root",
          List.of("CIS-DI-0001"),
          Severity.WARNING,
          Domain.IMAGE,
          "The image must not run as root: set a non-root USER");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    String user = subject.config().config().user().orElse("").strip();
    String name = user.split(":", 2)[0];
    if (user.isEmpty() || name.equals("root") || name.equals("0")) {
      report.accept(
          new Problem(
              -1,
              (user.isEmpty() ? "the image sets no USER" : "the image runs as USER " + user)
                  + ", so its processes run as root: add a USER with a numeric uid, e.g."
                  + " USER 10001"));
    }
  }
}
