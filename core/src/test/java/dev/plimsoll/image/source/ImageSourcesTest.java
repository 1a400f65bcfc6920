package dev.plimsoll.image.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ImageSources#open} makes of names it cannot open. */
class ImageSourcesTest {
  @TempDir Path dir;

  @Test
  void laterSourcesSaySo() {
    // registry: is supported; a malformed reference is refused before any request is made.
    assertThatThrownBy(() -> ImageSources.open("registry:Alpine:3.20"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("Alpine:3.20: the repository name library/Alpine is not valid");
    assertThatThrownBy(() -> ImageSources.open("containers-storage:alpine"))
        .hasMessageStartingWith(
            "containers-storage:alpine: containers-storage: sources are not supported yet");
    assertThatThrownBy(() -> ImageSources.open("ftp:x"))
        .hasMessage(
            "ftp:x: unknown image source ftp: want docker-archive:, oci-archive:, oci:, registry:,"
                + " docker: or a path");
  }

  @Test
  void missingPaths() {
    assertThatThrownBy(() -> ImageSources.open("no-such.tar"))
        .hasMessage("no-such.tar: no such file or folder");
    assertThatThrownBy(() -> ImageSources.open("oci-archive:no-such.tar:v1"))
        .hasMessage("no-such.tar:v1: no such file or folder");
  }

  @Test
  void wrongKind() throws Exception {
    Path tar = TestImages.simple().writeTar(dir.resolve("a.tar"));
    assertThatThrownBy(() -> ImageSources.open("oci:" + tar))
        .hasMessage(tar + ": not a folder; for a tar of a layout use oci-archive:");
    assertThatThrownBy(() -> ImageSources.open("oci-archive:" + dir))
        .hasMessage(dir + ": not a file; for a layout folder use oci:");
  }

  /** The fuzz target's seeds are images that open and stream, so the fuzzer starts from those. */
  @Test
  void fuzzSeedsAreGoodImages() throws Exception {
    Path seeds =
        Path.of(
                getClass()
                    .getResource("ImageArchiveFuzzTestInputs/opensOrRefuses/kaniko.tar")
                    .toURI())
            .getParent();
    try (var files = java.nio.file.Files.list(seeds)) {
      for (Path seed : files.sorted().toList()) {
        try (ImageSource image = ImageSources.open(seed.toString())) {
          assertThat(image.layers()).as(seed.toString()).hasSize(2);
          assertThat(DockerArchiveCorpusTest.firstEntries(image, 1, 5))
              .containsExactly("app/", "app/run.sh");
        }
      }
    }
  }
}
