package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Two accounts with one UID in {@code /etc/passwd}, or two groups with one GID in {@code
 * /etc/group} (dockle DKL-LI-0002): the kernel knows only the number, so each is the other, and a
 * second UID 0 is a second root.
 */
final class ImageDuplicateUid implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-duplicate-uid",
          List.of("DKL-LI-0002"),
          Severity.WARNING,
          Domain.IMAGE,
          "Every user must have its own UID and every group its own GID");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    check(subject, "etc/passwd", "UID", "users", report);
    check(subject, "etc/group", "GID", "groups", report);
  }

  private static void check(
      ImageSubject subject, String path, String id, String what, Consumer<Problem> report) {
    Optional<AccountFile> file = AccountFile.read(subject, path);
    if (file.isEmpty()) {
      return;
    }
    // passwd(5) and group(5) both keep the number in the third field.
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (List<String> fields : file.get().entries()) {
      if (fields.size() > 2) {
        byId.computeIfAbsent(fields.get(2), k -> new ArrayList<>()).add(fields.get(0));
      }
    }
    byId.forEach(
        (number, names) -> {
          if (names.size() > 1) {
            report.accept(
                new Problem(
                    file.get().layer(),
                    file.get().path()
                        + " gives "
                        + id
                        + " "
                        + number
                        + " to "
                        + names.size()
                        + " "
                        + what
                        + " ("
                        + String.join(", ", names)
                        + "): files and processes of one are the other's; give each its own "
                        + id
                        + " or remove the extra entries"));
          }
        });
  }
}
