package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.Golden;
import dev.plimsoll.inventory.Inventory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SbomTableTest {
  @Test
  void aFolderListsNameVersionAndType() throws Exception {
    Golden.assertMatches(
        "dev/plimsoll/sbom/debian.table.txt",
        Sboms.write(SbomFormat.TABLE, Sboms.folder("debian")));
  }

  @Test
  void anImageAddsTheLayerNumberedFromOne() throws Exception {
    assertThat(Sboms.write(SbomFormat.TABLE, Sboms.image()))
        .isEqualTo(
            """
            OS: Debian GNU/Linux 12 (bookworm)
            NAME    VERSION         TYPE  LAYER
            libc6   2.36-9+deb12u4  deb   1
            lodash  4.17.15         npm   2
            2 packages
            """);
  }

  @Test
  void noPackagesSaysSo() {
    Sbom empty =
        Sboms.fixed(
            new SbomSubject.Folder("empty"), new Inventory(Optional.empty(), List.of(), List.of()));
    assertThat(Sboms.write(SbomFormat.TABLE, empty)).isEqualTo("No packages found in empty.\n");
  }
}
