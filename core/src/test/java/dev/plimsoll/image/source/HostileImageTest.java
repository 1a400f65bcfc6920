package dev.plimsoll.image.source;

import static dev.plimsoll.image.source.TestImages.blobPath;
import static dev.plimsoll.image.source.TestImages.config;
import static dev.plimsoll.image.source.TestImages.gzip;
import static dev.plimsoll.image.source.TestImages.layer;
import static dev.plimsoll.image.source.TestImages.sha256;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives and layouts that are broken or lie: each is refused with the one line a user sees, at
 * open time when the manifests show it, or at the end of the layer stream when only the bytes do.
 */
class HostileImageTest {
  private static final String LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
  private static final String CONFIG = "application/vnd.oci.image.config.v1+json";

  @TempDir Path dir;

  /** Opens {@code spec}, which must be refused; returns the one line. */
  private static String refused(String spec) {
    Throwable t = catchThrowable(() -> ImageSources.open(spec).close());
    assertThat(t).as(spec).isInstanceOf(BadInputException.class);
    assertThat(t.getMessage()).doesNotContain("\n", "\r");
    return t.getMessage();
  }

  /** Reads layer {@code index} of {@code spec} to its end, which must fail; returns the failure. */
  private static IOException failsToRead(String spec, int index) throws BadInputException {
    try (ImageSource image = ImageSources.open(spec);
        InputStream in = image.openLayer(index)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      assertThat(e.getMessage()).doesNotContain("\n", "\r");
      return e;
    }
    throw new AssertionError(spec + ": layer " + index + " read without a failure");
  }

  /** A layout of one gzip layer whose stored bytes and descriptor the caller chooses. */
  private Path layout(byte[] uncompressed, byte[] stored, String descriptor) throws IOException {
    TestImages t = new TestImages();
    String config = t.blob(CONFIG, config(List.of(uncompressed)).getBytes(UTF_8), "");
    t.files.put(blobPath(sha256(stored)), stored);
    return t.index(t.manifest(config, List.of(descriptor), "")).writeFolder(dir);
  }

  private static String descriptor(String digest, long size) {
    return "{\"mediaType\":\"" + LAYER + "\",\"digest\":\"" + digest + "\",\"size\":" + size + "}";
  }

  @Test
  void notATar() throws IOException {
    Path file = Files.write(dir.resolve("x.tar"), "hello, this is not a tar".getBytes(UTF_8));
    assertThat(refused("docker-archive:" + file)).startsWith(file + ": not a tar archive: ");
    Path empty = Files.write(dir.resolve("empty.tar"), new byte[0]);
    assertThat(refused(empty.toString()))
        .isEqualTo(empty + ": not a tar archive: no tar header at the start");
    Path nothing = Files.write(dir.resolve("nothing.tar"), new byte[1024]);
    assertThat(refused(nothing.toString()))
        .isEqualTo(
            nothing
                + ": neither manifest.json (docker save) nor oci-layout and index.json (OCI):"
                + " not an image archive");
    byte[] garbage = new byte[2048];
    new java.util.Random(1).nextBytes(garbage);
    Path noise = Files.write(dir.resolve("noise.tar"), garbage);
    assertThat(refused("oci-archive:" + noise)).startsWith(noise + ": not a tar archive: ");
  }

  @Test
  void missingManifestAndIndex() throws IOException {
    Path oci = TestImages.simple().writeTar(dir.resolve("oci.tar"));
    assertThat(refused("docker-archive:" + oci))
        .isEqualTo(oci + ": no manifest.json: not a docker save archive");
    Path folder = Files.createDirectories(dir.resolve("layout"));
    Files.writeString(folder.resolve("oci-layout"), "{}");
    assertThat(refused("oci:" + folder))
        .isEqualTo(folder + ": no index.json: not an OCI image layout");
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertThat(refused(plain.toString()))
        .isEqualTo(plain + ": no oci-layout: not an OCI image layout");
  }

  private Path dockerArchive(String layers) throws IOException {
    byte[] l = layer("a");
    byte[] config = config(List.of(l)).getBytes(UTF_8);
    String configName = sha256(config).substring(7) + ".json";
    return Files.write(
        dir.resolve("d.tar"),
        TestImages.tar(
            Map.of(
                "manifest.json",
                ("[{\"Config\":\"" + configName + "\",\"Layers\":" + layers + "}]").getBytes(UTF_8),
                configName,
                config,
                "abc/layer.tar",
                l)));
  }

  @Test
  void manifestNamesAMissingBlob() throws IOException {
    Path tar = dockerArchive("[\"def/layer.tar\"]");
    assertThat(refused("docker-archive:" + tar))
        .isEqualTo(
            tar
                + ": manifest.json: Layers[0] names def/layer.tar, which the archive does not hold");
    byte[] l = layer("a");
    String missing = sha256("other".getBytes(UTF_8));
    Path folder = layout(l, gzip(l), descriptor(missing, 10));
    assertThat(refused("oci:" + folder))
        .isEqualTo(
            folder
                + ": "
                + missing
                + " is named by a manifest but the layout does not hold "
                + blobPath(missing));
  }

  @Test
  void pathTraversal() throws IOException {
    for (String name : List.of("../abc/layer.tar", "/abc/layer.tar", "abc/../../layer.tar")) {
      Path tar = dockerArchive("[\"" + name + "\"]");
      assertThat(refused("docker-archive:" + tar))
          .isEqualTo(
              tar + ": manifest.json: Layers[0]: \"" + name + "\" is not a path inside the image");
    }
  }

  @Test
  void blobLargerThanDeclaredAndHugeSizeClaims() throws IOException {
    byte[] l = layer("a");
    byte[] stored = gzip(l);
    Path folder = layout(l, stored, descriptor(sha256(stored), stored.length - 1));
    String blob = blobPath(sha256(stored));
    assertThat(refused("oci:" + folder))
        .isEqualTo(
            folder
                + ": "
                + blob
                + ": "
                + stored.length
                + " bytes, but its descriptor says "
                + (stored.length - 1));
    Path huge = layout(l, stored, descriptor(sha256(stored), 100L << 30));
    assertThat(refused("oci:" + huge))
        .isEqualTo(
            huge
                + ": "
                + blob
                + ": "
                + stored.length
                + " bytes, but its descriptor says "
                + (100L << 30));
  }

  @Test
  void storedDigestMismatchFailsAtTheEndOfTheStream() throws Exception {
    byte[] l = layer("a");
    byte[] stored = gzip(l);
    Path folder = layout(l, stored, descriptor(sha256(stored), stored.length));
    byte[] tampered = stored.clone();
    // In the gzip header's MTIME (RFC 1952, bytes 4-7), which no decoder checks: only the digest
    // can tell. (A bit flipped in the deflate data may or may not break decoding first.)
    tampered[4] ^= 1;
    Files.write(folder.resolve(blobPath(sha256(stored))), tampered);
    IOException e = failsToRead("oci:" + folder, 0);
    assertThat(e)
        .isInstanceOf(BlobDigestException.class)
        .hasMessage(
            "%s: layer 0 (%s): content hashes to %s, not %s as named",
            folder, blobPath(sha256(stored)), sha256(tampered), sha256(stored));
  }

  @Test
  void diffIdMismatch() throws Exception {
    byte[] l = layer("a");
    byte[] other = layer("b");
    byte[] stored = gzip(other);
    Path folder = layout(l, stored, descriptor(sha256(stored), stored.length));
    assertThat(failsToRead("oci:" + folder, 0))
        .isInstanceOf(BlobDigestException.class)
        .hasMessage(
            "%s: layer 0 (%s) uncompressed: content hashes to %s, not %s as named",
            folder, blobPath(sha256(stored)), sha256(other), sha256(l));
  }

  @Test
  void configDigestMismatch() throws Exception {
    Path folder = TestImages.simple().writeFolder(dir);
    String configBlob;
    try (ImageSource image = ImageSources.open("oci:" + folder)) {
      configBlob = blobPath(image.configDigest());
    }
    byte[] config = Files.readAllBytes(folder.resolve(configBlob));
    config[config.length - 2] = ' ';
    Files.write(folder.resolve(configBlob), config);
    assertThat(refused("oci:" + folder))
        .isEqualTo(
            "%s: %s: content hashes to %s, not sha256:%s as named"
                .formatted(folder, configBlob, sha256(config), configBlob.substring(13)));
  }

  @Test
  void truncatedGzip() throws Exception {
    byte[] l = layer("a");
    byte[] full = gzip(l);
    byte[] cut = Arrays.copyOf(full, full.length / 2);
    // The descriptor names the cut bytes: only the decoder can tell.
    Path folder = layout(l, cut, descriptor(sha256(cut), cut.length));
    assertThat(failsToRead("oci:" + folder, 0))
        .isInstanceOf(BlobDecodeException.class)
        .hasMessage(
            "%s: layer 0 (%s): gzip stream is corrupt or cut short: Unexpected end of ZLIB input"
                + " stream",
            folder, blobPath(sha256(cut)));
  }

  @Test
  void configNotJson() throws IOException {
    TestImages t = new TestImages();
    String config = t.blob(CONFIG, "FROM scratch".getBytes(UTF_8), "");
    Path folder = t.index(t.manifest(config, List.of(), "")).writeFolder(dir);
    assertThat(refused("oci:" + folder))
        .startsWith(
            folder
                + ": "
                + blobPath(sha256("FROM scratch".getBytes(UTF_8)))
                + ": not JSON: Unrecognized token 'FROM'");
  }

  @Test
  void indexWithNoManifests() throws IOException {
    Path folder = new TestImages().index().writeFolder(dir);
    assertThat(refused("oci:" + folder))
        .isEqualTo(folder + ": index.json: the index lists no manifests");
  }

  @Test
  void badDigestInADescriptor() throws IOException {
    Path folder = new TestImages().index(descriptor("sha256:../../etc/passwd", 3)).writeFolder(dir);
    assertThat(refused("oci:" + folder))
        .isEqualTo(
            folder
                + ": index.json: manifests[0]: digest \"sha256:../../etc/passwd\" is not a"
                + " sha256 or sha512 digest");
  }

  @Test
  void jsonTooLarge() throws IOException {
    byte[] big = new byte[(16 << 20) + 1];
    Arrays.fill(big, (byte) ' ');
    Path tar = Files.write(dir.resolve("big.tar"), TestImages.tar(Map.of("manifest.json", big)));
    assertThat(refused(tar.toString()))
        .isEqualTo(tar + ": manifest.json: too large: 16777217 bytes, more than 16777216 for JSON");
  }

  @Test
  void symlinkOutOfTheLayoutIsAbsent() throws IOException {
    byte[] l = layer("a");
    byte[] stored = gzip(l);
    Path folder = layout(l, stored, descriptor(sha256(stored), stored.length));
    Path blob = folder.resolve(blobPath(sha256(stored)));
    Path outside = Files.write(dir.getParent().resolve(dir.getFileName() + "-outside"), stored);
    Files.delete(blob);
    Files.createSymbolicLink(blob, outside);
    try {
      assertThat(refused("oci:" + folder))
          .contains("the layout does not hold " + blobPath(sha256(stored)));
    } finally {
      Files.delete(outside);
    }
  }
}
