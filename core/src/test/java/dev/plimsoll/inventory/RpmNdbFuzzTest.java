package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Any bytes as rpm's ndb Packages.db: rpm packages, or a one-line {@link BadInputException} naming
 * the file; never another exception, a hang or an allocation beyond the caps. Seeds: the sles
 * fixture, and its slot page alone.
 */
class RpmNdbFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsOrRefuses(byte[] bytes) throws IOException {
    List<FoundPackage> found;
    try {
      found =
          new RpmNdb().read("usr/lib/sysimage/rpm/Packages.db", new ByteArrayInputStream(bytes));
    } catch (BadInputException e) {
      assertThat(e.getMessage())
          .startsWith("usr/lib/sysimage/rpm/Packages.db: ")
          .doesNotContain("\n", "\r");
      return;
    }
    for (FoundPackage p : found) {
      assertThat(p.purl()).startsWith("pkg:rpm/");
      assertThat(p.path()).isEqualTo("usr/lib/sysimage/rpm/Packages.db");
    }
  }
}
