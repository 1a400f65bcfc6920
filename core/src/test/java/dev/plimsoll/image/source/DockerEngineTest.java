package dev.plimsoll.image.source;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.model.DiveFigures;
import dev.plimsoll.image.model.ImageAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker:REF} against a fake engine on a unix socket that serves dive's test image as {@code
 * docker save} streams it, and the faults a real engine cannot be made to show. (The real engine is
 * in the CLI's ImageEngineIT.)
 */
class DockerEngineTest {
  private static final Path DIVE =
      Path.of(System.getProperty("plimsoll.corpus"), "images", "dive", "test-docker-image.tar");
  private static final String ID =
      "sha256:75ae28b8ebf89b203319069ddcbecdf5c3838503bbebc0d0d85e4b8589c5de3a";
  private static final String INSPECT =
      "{\"Id\":\"" + ID + "\",\"RepoTags\":[\"dive-test:latest\",\"dive-test:1.0\"]}";

  @TempDir Path dir;
  private Path spool;
  private FakeEngine engine;

  @BeforeEach
  void start() throws IOException {
    spool = Files.createDirectory(dir.resolve("spool"));
    engine = FakeEngine.unix(dir.resolve("docker.sock"));
  }

  @AfterEach
  void stop() throws IOException {
    engine.close();
  }

  private ImageSource open(String ref) throws BadInputException {
    return open(ref, Duration.ofSeconds(10));
  }

  private ImageSource open(String ref, Duration timeout) throws BadInputException {
    DockerHost host = DockerHost.from("docker:" + ref, Map.of("DOCKER_HOST", engine.host()));
    return DockerEngine.open("docker:" + ref, ref, host, timeout, spool);
  }

  /** What is left in the spool folder: nothing once a source is closed or refused. */
  private long spooled() throws IOException {
    try (Stream<Path> s = Files.list(spool)) {
      return s.count();
    }
  }

  /** The archive in chunks of varied size, one with an extension, and a trailer. */
  private static FakeEngine.Answer chunked(Path file) {
    return out -> {
      out.write(
          "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n\r\n"
              .getBytes(ISO_8859_1));
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[40_000];
        int round = 0;
        for (int n = in.read(buf, 0, 1000 + round * 7919 % 39_000);
            n > 0;
            n = in.read(buf, 0, 1000 + ++round * 7919 % 39_000)) {
          String ext = round == 3 ? ";name=value" : "";
          out.write((Integer.toHexString(n) + ext + "\r\n").getBytes(ISO_8859_1));
          out.write(buf, 0, n);
          out.write("\r\n".getBytes(ISO_8859_1));
        }
      }
      out.write("0\r\nX-Trailer: done\r\n\r\n".getBytes(ISO_8859_1));
    };
  }

  private static FakeEngine.Answer withLength(Path file) {
    return out -> {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Length: " + Files.size(file) + "\r\n\r\n")
              .getBytes(ISO_8859_1));
      Files.copy(file, out);
    };
  }

  private static ImageAnalysis analyze(ImageSource source) throws Exception {
    try (source) {
      return ImageAnalysis.analyze(source);
    }
  }

  @Test
  void aChunkedSaveGivesTheFiguresOfTheDockerArchive() throws Exception {
    engine.on("/images/dive-test/json", FakeEngine.json(200, INSPECT));
    engine.on("/images/" + ID + "/get", chunked(DIVE));
    ImageSource source = open("dive-test");
    assertThat(spooled()).isEqualTo(1);
    assertThat(source.name()).isEqualTo("docker:dive-test");
    // The engine's tags, every name it knows the image by; saved by ID, so no tag can move.
    assertThat(source.tags()).containsExactly("dive-test:latest", "dive-test:1.0");
    assertThat(source.configDigest()).isEqualTo(ID);
    ImageAnalysis engineSide = analyze(source);
    assertThat(spooled()).isZero();
    assertThat(engine.seen())
        .containsExactly("GET /images/dive-test/json", "GET /images/" + ID + "/get");
    DiveFigures dive = engineSide.dive();
    // ImageAnalysisCorpusTest's figures, dive's own.
    assertThat(dive.efficiency()).isEqualTo(0.9844212134184309);
    assertThat(dive.sizeBytes()).isEqualTo(1220598);
    assertThat(dive.userSizeBytes()).isEqualTo(66237);
    assertThat(dive.wastedBytes()).isEqualTo(32025);
    ImageAnalysis archive = analyze(ImageSources.open("docker-archive:" + DIVE));
    assertThat(dive).isEqualTo(archive.dive());
    assertThat(engineSide.reclaimable()).isEqualTo(archive.reclaimable());
    assertThat(engineSide.leftovers()).isEqualTo(archive.leftovers());
    assertThat(engineSide.compressedSize()).isEqualTo(archive.compressedSize());
  }

  @Test
  void aSaveWithContentLengthReadsTheSame() throws Exception {
    engine.on("/images/sha256:75ae/json", FakeEngine.json(200, INSPECT));
    engine.on("/images/" + ID + "/get", withLength(DIVE));
    ImageAnalysis analysis = analyze(open("sha256:75ae"));
    assertThat(analysis.dive().sizeBytes()).isEqualTo(1220598);
    assertThat(analysis.layers()).hasSize(14);
  }

  @Test
  void overPlainTcpToo() throws Exception {
    try (FakeEngine tcp = FakeEngine.tcp()) {
      tcp.on("/images/dive-test/json", FakeEngine.json(200, INSPECT));
      tcp.on("/images/" + ID + "/get", withLength(DIVE));
      DockerHost host = DockerHost.from("docker:dive-test", Map.of("DOCKER_HOST", tcp.host()));
      try (ImageSource source =
          DockerEngine.open("docker:dive-test", "dive-test", host, Duration.ofSeconds(10), spool)) {
        assertThat(source.layers()).hasSize(14);
      }
    }
  }

  @Test
  void aMissingImageIsOneLineNamingTheEngine() {
    engine.on("/images/nope/json", FakeEngine.json(404, "{\"message\":\"No such image: nope\"}"));
    assertThatThrownBy(() -> open("nope"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("docker:nope: no such image in the Docker Engine at " + engine.host());
  }

  @Test
  void anEngineErrorCarriesItsMessageAndLeavesNoSpool() throws Exception {
    engine.on("/images/app/json", FakeEngine.json(200, INSPECT));
    engine.on(
        "/images/" + ID + "/get",
        FakeEngine.json(
            500, "{\"message\":\"open /var/lib/docker/x: no space left\\non device\"}"));
    assertThatThrownBy(() -> open("app"))
        .hasMessage(
            "docker:app: the Docker Engine at "
                + engine.host()
                + " answered 500 to GET /images/"
                + ID
                + "/get: open /var/lib/docker/x: no space left\\x0aon device");
    assertThat(spooled()).isZero();
  }

  @Test
  void aBodyCutShortIsRefusedAndItsSpoolDeleted() throws Exception {
    byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(DIVE), 700_000);
    engine.on("/images/app/json", FakeEngine.json(200, INSPECT));
    engine.on(
        "/images/" + ID + "/get",
        out -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 1470464\r\n\r\n".getBytes(ISO_8859_1));
          out.write(half);
        });
    assertThatThrownBy(() -> open("app"))
        .hasMessage(
            "docker:app: GET /images/"
                + ID
                + "/get from the Docker Engine at "
                + engine.host()
                + ": the body was cut short at 700000 of 1470464 bytes");
    assertThat(spooled()).isZero();
    engine.on(
        "/images/" + ID + "/get",
        out -> {
          out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(ISO_8859_1));
          out.write("1000\r\nabc".getBytes(ISO_8859_1));
        });
    assertThatThrownBy(() -> open("app"))
        .hasMessageEndingWith(": the body was cut short inside a chunk");
    assertThat(spooled()).isZero();
  }

  @Test
  void whatIsNotATarIsRefusedAndItsSpoolDeleted() throws Exception {
    engine.on("/images/app/json", FakeEngine.json(200, INSPECT));
    engine.on("/images/" + ID + "/get", FakeEngine.json(200, "{\"not\":\"a tar\"}"));
    assertThatThrownBy(() -> open("app")).hasMessageStartingWith("docker:app: not a tar archive");
    assertThat(spooled()).isZero();
  }

  @Test
  void hostileAnswersAreCapped() {
    engine.on(
        "/images/big/json",
        out -> {
          out.write("HTTP/1.1 200 OK\r\nX-Pad: ".getBytes(ISO_8859_1));
          out.write("a".repeat(100_000).getBytes(ISO_8859_1));
          out.write("\r\n\r\n".getBytes(ISO_8859_1));
        });
    assertThatThrownBy(() -> open("big"))
        .hasMessageEndingWith(
            "/images/big/json from the Docker Engine at "
                + engine.host()
                + ": the headers are larger than 65536 bytes");
    engine.on("/images/huge/json", FakeEngine.json(200, "[" + "0,".repeat(2_200_000) + "0]"));
    assertThatThrownBy(() -> open("huge"))
        .hasMessageEndingWith(": the answer is larger than 4194304 bytes");
    engine.on(
        "/images/chunks/json",
        out ->
            out.write(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
                    .getBytes(ISO_8859_1)));
    assertThatThrownBy(() -> open("chunks")).hasMessageEndingWith(": a malformed chunk size: zz");
    engine.on("/images/text/json", FakeEngine.json(200, "Docker says hi"));
    assertThatThrownBy(() -> open("text"))
        .hasMessage(
            "docker:text: GET /images/text/json: the engine sent no JSON: Unrecognized token"
                + " 'Docker': was expecting (JSON String, Number, Array, Object or token 'null',"
                + " 'true' or 'false')");
    engine.on("/images/ftp/json", out -> out.write("SSH-2.0-OpenSSH\r\n".getBytes(ISO_8859_1)));
    assertThatThrownBy(() -> open("ftp"))
        .hasMessageEndingWith(": not an HTTP/1.1 answer: SSH-2.0-OpenSSH");
  }

  @Test
  void aSilentEngineTimesOut() {
    engine.on(
        "/images/slow/json",
        out -> {
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{".getBytes(ISO_8859_1));
          out.flush();
          engine.hang();
        });
    long start = System.nanoTime();
    assertThatThrownBy(() -> open("slow", Duration.ofMillis(300)))
        .hasMessageEndingWith(": the engine did not answer: waited 300 ms for data");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void noEngineIsOneLine() throws Exception {
    engine.close();
    Files.delete(dir.resolve("docker.sock"));
    assertThatThrownBy(() -> open("app"))
        .hasMessage(
            "docker:app: cannot connect to the Docker Engine at "
                + engine.host()
                + ": No such file or directory; is it running? (DOCKER_HOST names another)");
  }

  @Test
  void referencesThatCouldBendTheRequestAreRefusedUnsent() {
    for (String ref : new String[] {"a b", "app\r\nX: y", "../../containers/json", "a?b", ""}) {
      assertThatThrownBy(() -> open(ref))
          .as(ref)
          .hasMessageEndingWith(
              ": not an image reference: want docker:NAME[:TAG], docker:NAME@DIGEST or docker:ID");
    }
    assertThat(engine.seen()).isEmpty();
  }

  @Test
  void dockerHostIsReadAsTheDockerCliReadsIt() throws Exception {
    assertThat(DockerHost.from("docker:a", Map.of()).text())
        .isEqualTo("unix:///var/run/docker.sock");
    assertThat(DockerHost.from("docker:a", Map.of("DOCKER_HOST", "tcp://10.0.0.2")).authority())
        .isEqualTo("10.0.0.2:2375");
    assertThatThrownBy(
            () ->
                DockerHost.from(
                    "docker:a", Map.of("DOCKER_HOST", "tcp://h:2376", "DOCKER_TLS_VERIFY", "1")))
        .hasMessageContaining("TLS to the Docker Engine is not supported");
    assertThatThrownBy(() -> DockerHost.from("docker:a", Map.of("DOCKER_HOST", "ssh://me@h")))
        .hasMessage(
            "docker:a: DOCKER_HOST ssh://me@h: only unix:// and plain tcp:// engines are"
                + " supported; save the image with docker save and pass docker-archive:FILE");
  }

  @Test
  void routedByImageSources() {
    assertThatThrownBy(() -> ImageSources.open("docker://app:1"))
        .hasMessage(
            "docker://app:1: docker:// is skopeo's registry transport; use registry:app:1 for a"
                + " registry, docker:REF for the Docker Engine");
    assertThatThrownBy(() -> ImageSources.open("docker-daemon:a b"))
        .hasMessageStartingWith("docker-daemon:a b: not an image reference");
  }
}
