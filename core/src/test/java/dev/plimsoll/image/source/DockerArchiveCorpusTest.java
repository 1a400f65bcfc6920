package dev.plimsoll.image.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.format.MediaTypes;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

/**
 * The two images of dive's test suite, saved by {@code docker save} (plain tar layers under {@code
 * <id>/layer.tar}) and by kaniko (gzip layers named by digest): the same Dockerfile.
 */
class DockerArchiveCorpusTest {
  private static final Path DIVE = Path.of(System.getProperty("plimsoll.corpus"), "images", "dive");

  @Test
  void dockerSaveArchive() throws Exception {
    try (ImageSource image =
        ImageSources.open("docker-archive:" + DIVE.resolve("test-docker-image.tar"))) {
      assertThat(image.tags()).containsExactly("dive-test:latest");
      assertThat(image.configDigest())
          .isEqualTo("sha256:75ae28b8ebf89b203319069ddcbecdf5c3838503bbebc0d0d85e4b8589c5de3a");
      assertThat(image.config().architecture()).isEqualTo("amd64");
      assertThat(image.config().os()).isEqualTo("linux");
      assertThat(image.config().config().cmd()).containsExactly("sh");
      assertThat(image.config().history()).hasSize(15);
      assertThat(image.config().history().get(1))
          .isEqualTo(
              new HistoryEntry(
                  java.util.Optional.of("2018-12-26T08:20:42.831353376Z"),
                  "/bin/sh -c #(nop)  CMD [\"sh\"]",
                  true,
                  java.util.Optional.empty()));
      assertThat(image.layers()).hasSize(14);
      LayerBlob base = image.layers().get(0);
      // A pre-25 layer.tar is the uncompressed diff, so it is named by its diff ID.
      assertThat(base.digest())
          .isEqualTo("sha256:23bc2b70b2014dec0ac22f27bb93e9babd08cdd6f1115d0c955b9ff22b382f5a")
          .isEqualTo(base.diffId().orElseThrow());
      assertThat(base.mediaType()).isEqualTo(MediaTypes.DOCKER_LAYER);
      assertThat(base.compressedSize()).isEqualTo(1369600);
      assertThat(firstEntries(image, 0, 3)).containsExactly("bin/", "bin/[", "bin/[[");
      assertThat(firstEntries(image, 1, 3)).containsExactly("somefile.txt");
      assertEveryLayerStreams(image);
    }
  }

  @Test
  void kanikoArchive() throws Exception {
    // A bare path: manifest.json inside tells it is a docker-archive.
    try (ImageSource image = ImageSources.open(DIVE.resolve("test-kaniko-image.tar").toString())) {
      assertThat(image.tags()).containsExactly("dive-test:kaniko-latest");
      assertThat(image.configDigest())
          .isEqualTo("sha256:ae16a51058a758c7963b2f9b23d1acfa201ce9cbefc8cb93845f8cd934fb144d");
      assertThat(image.config().history())
          .extracting(HistoryEntry::createdBy)
          .contains("RUN mkdir -p /root/example/really/nested", "RUN chmod +x /root/saved.txt");
      assertThat(image.layers()).hasSize(14);
      LayerBlob base = image.layers().get(0);
      assertThat(base.digest())
          .isEqualTo("sha256:5c4213be9af904dd74649d250f22023f532b2f9179ffcb15260b5eaa10d7a3b4");
      assertThat(base.diffId())
          .hasValue("sha256:84009204da3f70b09d2be3914e12844ae9db893aa85ef95df83604f95df05187");
      assertThat(base.mediaType()).isEqualTo(MediaTypes.DOCKER_LAYER_GZIP);
      assertThat(base.compressedSize()).isEqualTo(764655);
      assertThat(firstEntries(image, 0, 3)).containsExactly("bin/", "bin/[", "bin/[[");
      assertThat(firstEntries(image, 1, 3)).containsExactly("/", "somefile.txt");
      assertEveryLayerStreams(image);
    }
  }

  @Test
  void tagPicksTheImage() throws Exception {
    String tar = DIVE.resolve("test-docker-image.tar").toString();
    try (ImageSource image = ImageSources.open("docker-archive:" + tar + ":dive-test:latest")) {
      assertThat(image.layers()).hasSize(14);
    }
    try (ImageSource image = ImageSources.open("docker-archive:" + tar + ":dive-test")) {
      assertThat(image.tags()).containsExactly("dive-test:latest");
    }
  }

  /** Reads every layer to its end, where the digests are checked; returns the bytes read. */
  static long assertEveryLayerStreams(ImageSource image) throws Exception {
    long total = 0;
    for (int i = 0; i < image.layers().size(); i++) {
      try (InputStream in = image.openLayer(i)) {
        total += in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    assertThat(total).isPositive();
    return total;
  }

  /** The first {@code n} entry names of layer {@code index}'s tar (fewer when it holds fewer). */
  static List<String> firstEntries(ImageSource image, int index, int n) throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = image.openLayer(index);
        TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (names.size() < n) {
          names.add(e.getName());
        }
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return names;
  }
}
