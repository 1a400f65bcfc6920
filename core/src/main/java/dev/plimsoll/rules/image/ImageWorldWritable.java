package dev.plimsoll.rules.image;

import dev.plimsoll.image.files.EntryKind;
import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Files and folders any user may write, outside sticky folders such as /tmp: a process that runs as
 * one user can change what another runs.
 */
final class ImageWorldWritable implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-world-writable",
          List.of(),
          Severity.WARNING,
          Domain.IMAGE,
          "Files in an image must not be writable by every user");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> found = new ArrayList<>();
    for (FileNode n : subject.analysis().files().visible()) {
      boolean file = n.kind() == EntryKind.FILE;
      boolean folder = n.kind() == EntryKind.DIRECTORY && (n.mode() & 01000) == 0;
      if ((file || folder) && (n.mode() & 02) != 0 && !n.implicit()) {
        found.add("/" + n.path() + (folder ? "/" : ""));
      }
    }
    if (!found.isEmpty()) {
      report.accept(
          new Problem(
              -1,
              found.size()
                  + " paths are writable by every user ("
                  + PathList.shown(found)
                  + "): RUN chmod o-w on them, or set the sticky bit on shared folders"));
    }
  }
}
