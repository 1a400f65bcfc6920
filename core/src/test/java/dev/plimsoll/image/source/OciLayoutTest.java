package dev.plimsoll.image.source;

import static dev.plimsoll.image.source.DockerArchiveCorpusTest.assertEveryLayerStreams;
import static dev.plimsoll.image.source.DockerArchiveCorpusTest.firstEntries;
import static dev.plimsoll.image.source.TestImages.gzip;
import static dev.plimsoll.image.source.TestImages.layer;
import static dev.plimsoll.image.source.TestImages.sha256;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCI layouts built here with real digests, read as a folder, as a tar and as Docker 25 saves. */
class OciLayoutTest {
  @TempDir Path dir;

  @Test
  void folderWithGzipAndZstdLayers() throws Exception {
    TestImages t = TestImages.simple();
    try (ImageSource image = ImageSources.open("oci:" + t.writeFolder(dir))) {
      assertThat(image.tags()).containsExactly("v1");
      assertThat(image.layers()).hasSize(2);
      assertThat(image.layers().get(1).diffId()).hasValue(sha256(layer("app/", "app/run.sh")));
      assertThat(image.config().config().user()).hasValue("app");
      assertThat(image.config().config().exposedPorts()).containsExactly("8080/tcp");
      assertThat(firstEntries(image, 0, 5)).containsExactly("etc/", "etc/os-release");
      assertThat(firstEntries(image, 1, 5)).containsExactly("app/", "app/run.sh");
      assertEveryLayerStreams(image);
    }
  }

  @Test
  void archiveByTagByDigestAndSniffed() throws Exception {
    TestImages t = TestImages.simple();
    Path tar = t.writeTar(dir.resolve("image.tar"));
    String manifest =
        t.json("index.json").replaceAll(".*\"digest\":\"(sha256:[0-9a-f]+)\".*", "$1");
    for (String spec :
        List.of(
            "oci-archive:" + tar,
            "oci-archive:" + tar + ":v1",
            "oci-archive:" + tar + ":" + manifest,
            tar.toString())) {
      try (ImageSource image = ImageSources.open(spec)) {
        assertThat(image.name()).isEqualTo(spec);
        assertThat(firstEntries(image, 1, 5)).as(spec).containsExactly("app/", "app/run.sh");
      }
    }
    assertThatThrownBy(() -> ImageSources.open("oci-archive:" + tar + ":v2"))
        .hasMessage(tar + ": index.json: no image named v2");
  }

  /** An index of two platforms, nested under index.json as buildx writes it. */
  @Test
  void platformFromNestedIndex() throws Exception {
    TestImages t = new TestImages();
    byte[] amd = layer("amd64");
    byte[] arm = layer("arm64");
    String amdManifest = t.image(List.of(amd), List.of(gzip(amd)), platform("amd64"));
    String armManifest = t.image(List.of(arm), List.of(gzip(arm)), platform("arm64"));
    String attestation =
        t.image(
            List.of(),
            List.of(),
            ",\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"}");
    String index =
        "{\"schemaVersion\":2,\"manifests\":["
            + armManifest
            + ","
            + attestation
            + ","
            + amdManifest
            + "]}";
    t.index(
        t.blob(
            "application/vnd.oci.image.index.v1+json",
            index.getBytes(UTF_8),
            TestImages.refName("multi")));
    t.writeFolder(dir);
    try (ImageSource image = ImageSources.open("oci:" + dir)) {
      assertThat(firstEntries(image, 0, 5)).containsExactly("amd64");
    }
    try (ImageSource image =
        ImageSources.open("oci:" + dir + ":multi", Optional.of("linux/arm64"))) {
      assertThat(firstEntries(image, 0, 5)).containsExactly("arm64");
    }
    assertThatThrownBy(() -> ImageSources.open("oci:" + dir, Optional.of("linux/s390x")))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith(": no image for linux/s390x; it holds linux/arm64, linux/amd64");
    assertThatThrownBy(() -> ImageSources.open("oci:" + dir, Optional.of("linux")))
        .hasMessage("linux: not a platform: want os/architecture[/variant]");
  }

  private static String platform(String arch) {
    return ",\"platform\":{\"os\":\"linux\",\"architecture\":\"" + arch + "\"}";
  }

  /**
   * Docker 25's {@code docker save}: an OCI layout with uncompressed layers, plus a manifest.json
   * whose Config and Layers name the blobs.
   */
  @Test
  void docker25Archive() throws Exception {
    TestImages t = new TestImages();
    byte[] base = layer("bin/", "bin/sh");
    byte[] app = layer("srv/", "srv/index.html");
    String m =
        t.image(
            List.of(base, app),
            List.of(base, app),
            ",\"annotations\":{\"io.containerd.image.name\":\"docker.io/library/web:1\","
                + "\"org.opencontainers.image.ref.name\":\"1\"}");
    t.index(m);
    String configPath =
        TestImages.blobPath(sha256(TestImages.config(List.of(base, app)).getBytes(UTF_8)));
    t.files.put(
        "manifest.json",
        ("[{\"Config\":\""
                + configPath
                + "\",\"RepoTags\":[\"web:1\"],"
                + "\"Layers\":[\""
                + TestImages.blobPath(sha256(base))
                + "\",\""
                + TestImages.blobPath(sha256(app))
                + "\"]}]")
            .getBytes(UTF_8));
    Path tar = t.writeTar(dir.resolve("web.tar"));
    for (String spec : List.of(tar.toString(), "docker-archive:" + tar, "oci-archive:" + tar)) {
      try (ImageSource image = ImageSources.open(spec)) {
        assertThat(image.layers()).as(spec).hasSize(2);
        assertThat(image.layers().get(0).digest()).isEqualTo(sha256(base));
        assertThat(image.configDigest()).isEqualTo("sha256:" + configPath.substring(13));
        assertThat(firstEntries(image, 1, 5)).containsExactly("srv/", "srv/index.html");
      }
    }
    try (ImageSource image = ImageSources.open("docker-archive:" + tar)) {
      assertThat(image.tags()).containsExactly("web:1");
    }
    try (ImageSource image = ImageSources.open("oci-archive:" + tar + ":docker.io/library/web:1")) {
      assertThat(image.tags()).containsExactly("1");
    }
  }
}
