package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.files.TarBuilder;
import dev.plimsoll.image.model.SyntheticImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder with more than one rpm database lists the packages of the one rpm would read: sqlite,
 * then ndb, then Berkeley DB. The fixtures hold the same two headers and the older ones a third,
 * plimsoll-docs, so a package listed twice, or plimsoll-docs beside sqlite, shows the wrong choice.
 */
class RpmDatabasesTest {
  private static final Path FOLDERS = RpmDatabaseFiles.FOLDERS;

  @TempDir Path root;

  @Test
  void sqliteWinsOverTheOlderDatabasesBesideIt() throws Exception {
    put("fedora/var/lib/rpm/rpmdb.sqlite", "var/lib/rpm/rpmdb.sqlite");
    put("centos/var/lib/rpm/Packages", "var/lib/rpm/Packages");
    put("sles/usr/lib/sysimage/rpm/Packages.db", "var/lib/rpm/Packages.db");

    assertThat(lines(Inventory.ofFolder(root)))
        .containsExactly(
            "plimsoll-hello 2:1.0.2-3.fc40 at var/lib/rpm/rpmdb.sqlite",
            "plimsoll-tool 0.9-1 at var/lib/rpm/rpmdb.sqlite");
  }

  @Test
  void ndbWinsOverBerkeleyDbAndEachFolderChoosesAlone() throws Exception {
    put("centos/var/lib/rpm/Packages", "usr/lib/sysimage/rpm/Packages");
    put("sles/usr/lib/sysimage/rpm/Packages.db", "usr/lib/sysimage/rpm/Packages.db");
    put("centos/var/lib/rpm/Packages", "var/lib/rpm/Packages");

    assertThat(lines(Inventory.ofFolder(root)))
        .containsExactly(
            "plimsoll-docs 3.1-4.el7 at usr/lib/sysimage/rpm/Packages.db",
            "plimsoll-docs 3.1-4.el7 at var/lib/rpm/Packages",
            "plimsoll-hello 2:1.0.2-3.fc40 at usr/lib/sysimage/rpm/Packages.db",
            "plimsoll-hello 2:1.0.2-3.fc40 at var/lib/rpm/Packages",
            "plimsoll-tool 0.9-1 at usr/lib/sysimage/rpm/Packages.db",
            "plimsoll-tool 0.9-1 at var/lib/rpm/Packages");
  }

  @Test
  void inAnImageTheSqliteALaterLayerWroteWins() throws Exception {
    SyntheticImage image =
        new SyntheticImage()
            .layer(
                "ADD centos-7.tar /",
                new TarBuilder().file("var/lib/rpm/Packages", bytes("centos/var/lib/rpm/Packages")))
            .layer(
                "RUN rpmdb --rebuilddb",
                new TarBuilder()
                    .file("var/lib/rpm/rpmdb.sqlite", bytes("fedora/var/lib/rpm/rpmdb.sqlite")));

    assertThat(Inventory.ofImage(image).packages())
        .extracting(p -> p.name() + " at " + p.path() + " layer " + p.layer().orElseThrow())
        .containsExactly(
            "plimsoll-hello at var/lib/rpm/rpmdb.sqlite layer 1",
            "plimsoll-tool at var/lib/rpm/rpmdb.sqlite layer 1");
  }

  @Test
  void aBrokenDatabaseIsSkippedWithOneLine() throws Exception {
    put("centos/var/lib/rpm/Packages", "var/lib/rpm/Packages");
    byte[] cut = Files.readAllBytes(root.resolve("var/lib/rpm/Packages"));
    Files.write(root.resolve("var/lib/rpm/Packages"), Arrays.copyOf(cut, 10_000));

    Inventory inventory = Inventory.ofFolder(root);

    assertThat(inventory.packages()).isEmpty();
    assertThat(inventory.skipped())
        .containsExactly(
            "var/lib/rpm/Packages: rpm: truncated: 8 pages of 4096 bytes, in a 10000-byte file");
  }

  private void put(String fixture, String at) throws IOException {
    Files.createDirectories(root.resolve(at).getParent());
    Files.copy(FOLDERS.resolve(fixture), root.resolve(at));
  }

  private static byte[] bytes(String fixture) throws IOException {
    return Files.readAllBytes(FOLDERS.resolve(fixture));
  }

  private static List<String> lines(Inventory inventory) {
    return inventory.packages().stream()
        .map(p -> p.name() + " " + p.version() + " at " + p.path())
        .toList();
  }
}
