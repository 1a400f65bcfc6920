package dev.plimsoll.rules.image;

import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Files with the setuid or setgid bit: a way up to root for any process (dockle CIS-DI-0008). */
final class ImageSetuidFiles implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-setuid-files",
          List.of("CIS-DI-0008"),
          Severity.INFO,
          Domain.IMAGE,
          "Remove the setuid and setgid bits from files that do not need them");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> found = new ArrayList<>();
    for (FileNode n : subject.analysis().files().visible()) {
      if (n.kind() == EntryKind.FILE && (n.mode() & 06000) != 0) {
        found.add("/" + n.path());
      }
    }
    if (!found.isEmpty()) {
      report.accept(
          new Problem(
              -1,
              found.size()
                  + " files are setuid or setgid ("
                  + PathList.shown(found)
                  + "): remove the bits you do not need, e.g. RUN chmod a-s FILE"));
    }
  }
}
