package dev.plimsoll.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoBinaryTest {
  private static final Path HELLO =
      FolderFixturesTest.FOLDERS.resolve("debian/usr/local/bin/hello");

  @Test
  void theRealBinarysBuildInfoIsWhatGoVersionMPrints() throws Exception {
    // go version -m hello: go1.19.8, path example.com/hello, dep example.com/greeting v1.2.3
    // => ../dep (devel)
    GoBuildInfo.Info info = GoBuildInfo.read(Files.newInputStream(HELLO)).orElseThrow();
    assertThat(info.goVersion()).isEqualTo("go1.19.8");
    assertThat(info.modinfo())
        .startsWith("path\texample.com/hello\nmod\texample.com/hello\t(devel)\t\n")
        .contains("dep\texample.com/greeting\tv1.2.3\n=>\t../dep\t(devel)\t\n");
  }

  @Test
  void aReplacementWithAVersionIsWhatWasBuilt() {
    GoBuildInfo.Info info =
        new GoBuildInfo.Info(
            "go1.22.1 X:boringcrypto",
            """
            path	example.com/app
            mod	example.com/app	v1.0.0	h1:abc=
            dep	golang.org/x/net	v0.17.0	h1:x=
            =>	github.com/fork/net	v0.19.0	h1:y=
            dep	golang.org/x/text	v0.14.0	h1:z=
            build	-compiler=gc
            """);
    assertThat(GoBinary.packages(info, "app"))
        .extracting(p -> p.purl())
        .containsExactly(
            "pkg:golang/example.com/app@v1.0.0",
            "pkg:golang/github.com/fork/net@v0.19.0",
            "pkg:golang/golang.org/x/text@v0.14.0",
            "pkg:golang/stdlib@v1.22.1");
  }

  @Test
  void filesThatAreNotElfExecutablesHoldNothing() throws Exception {
    byte[] script =
        "#!/bin/sh\necho \u00ff Go buildinf:\n".repeat(100).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(GoBuildInfo.read(new ByteArrayInputStream(script))).isEmpty();
    byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(HELLO), 4096);
    assertThat(GoBuildInfo.read(new ByteArrayInputStream(cut))).isEmpty();
  }
}
