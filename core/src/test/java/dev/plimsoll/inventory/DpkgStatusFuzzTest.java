package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plimsoll.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Any bytes as a dpkg status file: packages with a name and a version, or a one-line {@link
 * BadInputException} naming the file; never another exception or a hang. Seeds: a Debian 12
 * excerpt, a distroless status.d file, continuation lines, a removed package.
 */
class DpkgStatusFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void listsOrRefuses(byte[] bytes) throws IOException {
    List<FoundPackage> found;
    try {
      found = new DpkgStatus().read("var/lib/dpkg/status", new ByteArrayInputStream(bytes));
    } catch (BadInputException e) {
      assertThat(e.getMessage()).startsWith("var/lib/dpkg/status:").doesNotContain("\n", "\r");
      return;
    }
    for (FoundPackage p : found) {
      assertThat(p.name()).isNotBlank();
      assertThat(p.version()).isNotBlank();
      assertThat(p.purl()).startsWith("pkg:deb/");
      assertThat(p.source()).isPresent();
    }
  }
}
