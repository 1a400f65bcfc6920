package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Any bytes as an executable: Go build information or none, never an exception or a hang; what is
 * found lists modules with names and versions. Seeds: the head of an ELF file with a build
 * information blob, one whose lengths overrun, one in the pre-1.18 pointer format.
 */
class GoBuildInfoFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsOrFindsNothing(byte[] bytes) throws IOException {
    Optional<GoBuildInfo.Info> info = GoBuildInfo.read(new ByteArrayInputStream(bytes));
    if (info.isEmpty()) {
      return;
    }
    assertThat(info.get().goVersion()).startsWith("go");
    List<FoundPackage> found = GoBinary.packages(info.get(), "bin/app");
    for (FoundPackage p : found) {
      assertThat(p.name()).isNotBlank();
      assertThat(p.purl()).startsWith("pkg:golang/");
    }
  }
}
