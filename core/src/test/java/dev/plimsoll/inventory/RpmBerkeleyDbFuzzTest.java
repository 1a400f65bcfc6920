package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Any bytes as rpm's Berkeley DB Packages: rpm packages, or a one-line {@link BadInputException}
 * naming the file; never another exception, a hang or an allocation beyond the caps. Seeds: the
 * big-endian fixture with 512-byte pages, and its metadata page alone.
 */
class RpmBerkeleyDbFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsOrRefuses(byte[] bytes) throws IOException {
    List<FoundPackage> found;
    try {
      found = new RpmBerkeleyDb().read("var/lib/rpm/Packages", new ByteArrayInputStream(bytes));
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("var/lib/rpm/Packages: ").doesNotContain("\n", "\r");
      return;
    }
    for (FoundPackage p : found) {
      assertThat(p.purl()).startsWith("pkg:rpm/");
      assertThat(p.path()).isEqualTo("var/lib/rpm/Packages");
    }
  }
}
