package dev.plimsoll.rules.image;

import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/** sudo is in the image: a container should not need it (dockle DKL-DI-0001). */
final class ImageSudoInstalled implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-sudo-installed",
          List.of("DKL-DI-0001"),
          Severity.WARNING,
          Domain.IMAGE,
          "Do not install sudo in an image");

  private static final List<String> PLACES = List.of("usr/bin/sudo", "bin/sudo", "usr/sbin/sudo");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    for (String p : PLACES) {
      var node = subject.analysis().files().get(p);
      if (node.isPresent() && node.get().kind() != EntryKind.DIRECTORY) {
        report.accept(
            new Problem(
                node.get().changedIn(),
                "/"
                    + p
                    + " is installed: a container runs as the user it needs; remove sudo (use"
                    + " gosu or setpriv to drop privileges in an entrypoint)"));
        return;
      }
    }
  }
}
