package dev.plimsoll.inventory;

import dev.plimsoll.Golden;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each folder under {@code folders/} is a small root file system or project made of real files (a
 * dpkg status excerpt from Debian 12, lock files npm wrote, a Go binary Debian's Go built, an rpm
 * database rpm wrote); its {@code .expected} golden file lists what the inventory must find.
 * Refresh with {@code -Dplimsoll.golden.update=true} and read the diff.
 */
class FolderFixturesTest {
  static final Path FOLDERS = Path.of("src/test/resources/dev/plimsoll/inventory/folders");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alpine",
        "centos",
        "debian",
        "distroless",
        "fedora",
        "node",
        "ruby",
        "rust",
        "sles"
      })
  void findsWhatTheFixtureExpects(String name) throws Exception {
    Inventory inventory = Inventory.ofFolder(FOLDERS.resolve(name));
    Golden.assertMatches(
        "dev/plimsoll/inventory/folders/" + name + ".expected", Listing.of(inventory));
  }
}
