package dev.plimsoll.rules.image;

import dev.plimsoll.image.files.FileNode;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Files no image should ship: version control data, desktop litter, local environment files and
 * credentials (dockle DKL-LI-0003 and the file half of CIS-DI-0010).
 */
final class ImageUnneededFiles implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-unneeded-files",
          List.of("DKL-LI-0003"),
          Severity.WARNING,
          Domain.IMAGE,
          "Keep version control data, local env files and keys out of images");

  @Override
  public RuleMeta meta() {
    return META;
  }

  private static final Set<String> NAMES =
      Set.of(
          ".git",
          ".svn",
          ".hg",
          ".DS_Store",
          "Thumbs.db",
          ".env",
          "id_rsa",
          "id_dsa",
          "id_ecdsa",
          "id_ed25519",
          ".npmrc",
          ".pypirc",
          ".netrc",
          ".git-credentials");
  private static final Pattern ENV = Pattern.compile("\\.env\\.(?!example|sample|template|dist).*");

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> found = new ArrayList<>();
    int layer = -1;
    for (FileNode n : subject.analysis().files().visible()) {
      String name = n.path().substring(n.path().lastIndexOf('/') + 1);
      if (!(NAMES.contains(name) || ENV.matcher(name).matches())) {
        continue;
      }
      boolean inside = found.stream().anyMatch(f -> ("/" + n.path()).startsWith(f + "/"));
      if (!inside) {
        found.add("/" + n.path());
        layer = Math.max(layer, n.changedIn());
      }
    }
    if (!found.isEmpty()) {
      report.accept(
          new Problem(
              layer,
              "the image ships "
                  + PathList.shown(found)
                  + ": keep them out with .dockerignore, and pass secrets with RUN"
                  + " --mount=type=secret"));
    }
  }
}
