package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes as an rpm header blob: read, or refused with an {@link IllegalArgumentException} that
 * {@link RpmSqlite} turns into one line naming the database; never another exception or a hang.
 * Seeds: the two headers of the fedora fixture's rpmdb.sqlite, and one whose counts overrun.
 */
class RpmHeaderFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsOrRefuses(byte[] bytes) {
    RpmHeader header;
    try {
      header = RpmHeader.parse(bytes);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    RpmSqlite.toPackage(header, "var/lib/rpm/rpmdb.sqlite")
        .ifPresent(p -> assertThat(p.purl()).startsWith("pkg:rpm/"));
  }
}
