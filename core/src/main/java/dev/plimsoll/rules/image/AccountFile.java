package dev.plimsoll.rules.image;

import dev.plimsoll.image.files.FileNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the image's account files ({@code /etc/passwd}, {@code /etc/shadow}, {@code /etc/group}),
 * as the final file system shows it, split into its colon-separated entries (passwd(5), shadow(5),
 * group(5)). Blank lines, comments and NIS lines ({@code +}, {@code -}) are skipped, as glibc's
 * files backend skips them.
 *
 * @param path the file, e.g. {@code /etc/shadow}
 * @param layer the layer that wrote this version
 * @param entries its entries, each its fields, in file order
 */
record AccountFile(String path, int layer, List<List<String>> entries) {
  AccountFile {
    entries = List.copyOf(entries);
  }

  /** The file at {@code path} ({@code etc/shadow}), when the image has it and its text was kept. */
  static Optional<AccountFile> read(ImageSubject subject, String path) {
    Optional<FileNode> node = subject.analysis().files().get(path);
    Optional<String> text = subject.analysis().files().text(path).flatMap(t -> t.content());
    if (node.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> entries = new ArrayList<>();
    for (String line : text.get().split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("+") || l.startsWith("-")) {
        continue;
      }
      entries.add(List.of(l.split(":", -1)));
    }
    return Optional.of(new AccountFile("/" + path, node.get().changedIn(), entries));
  }
}
