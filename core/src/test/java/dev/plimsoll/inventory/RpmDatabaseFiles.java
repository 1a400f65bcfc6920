package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rpm database fixtures ({@code rpmdb/make-fixtures.sh} made them from real headers) and what
 * the tests of their readers share: the packages as a user sees them, and a refusal's message.
 */
final class RpmDatabaseFiles {
  static final Path FOLDERS = FolderFixturesTest.FOLDERS;
  static final Path RPMDB = FOLDERS.resolveSibling("rpmdb");
  static final Path SQLITE = FOLDERS.resolve("fedora/var/lib/rpm/rpmdb.sqlite");

  private RpmDatabaseFiles() {}

  /** The packages as the listing shows them, without the file they were found in. */
  static List<String> seen(List<FoundPackage> packages) {
    return packages.stream()
        .map(Listing::line)
        .map(l -> l.substring(0, l.indexOf("  at ")))
        .sorted()
        .toList();
  }

  /**
   * What every older database fixture holds: what the sqlite reader finds in the fedora fixture,
   * whose headers they hold, and plimsoll-docs, whose header is larger than a page.
   */
  static List<String> seenInEveryFixture() throws Exception {
    List<String> out;
    try (var in = Files.newInputStream(SQLITE)) {
      out = new ArrayList<>(seen(new RpmSqlite().read("var/lib/rpm/rpmdb.sqlite", in)));
    }
    out.add(
        "pkg:rpm/plimsoll-docs@3.1-4.el7?arch=noarch  RPM plimsoll-docs 3.1-4.el7  source"
            + " plimsoll-docs 3.1-4.el7  licenses GPL-2.0-or-later");
    return out;
  }

  static byte[] withInt(byte[] bytes, int offset, int value, ByteOrder order) {
    byte[] out = bytes.clone();
    ByteBuffer.wrap(out).order(order).putInt(offset, value);
    return out;
  }

  /** The one line a refusal of {@code bytes} by {@code reader} shows, after the path. */
  static String refusal(Cataloger reader, String path, byte[] bytes) {
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> reader.read(path, new ByteArrayInputStream(bytes)));
    assertThat(e.getMessage()).doesNotContain("\n").startsWith(path + ": ");
    return e.problem();
  }
}
