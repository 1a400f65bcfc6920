package dev.plimsoll.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plimsoll image docker:REF} against the real Docker Engine of the test stack: the image
 * read over the Engine API must give what its {@code docker save} archive gives, by tag, by ID and
 * under skopeo's {@code docker-daemon:} name, and leave nothing in the temporary folder.
 */
class ImageEngineIT {
  private static final Path FIXTURES = Path.of("src/test/resources/image-it");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DockerStack stack = DockerStack.get();
  private final String nonce = UUID.randomUUID().toString().substring(0, 8);
  @TempDir Path work;

  /** The engine of the stack, and a temporary folder of this test's own for the spool. */
  private Map<String, String> engine() throws IOException {
    Path tmp = Files.createDirectories(work.resolve("tmp"));
    return Map.of(
        "DOCKER_HOST", stack.value("DOCKER_HOST"), "PLIMSOLL_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
  }

  private JsonNode image(Map<String, String> env, String source) throws IOException {
    Cli.Result r =
        Cli.run(Cli.REPO, null, env, "image", source, "-f", "json", "--fail-on", "none", "--list");
    assertThat(r.exit()).as(r.err()).isZero();
    ObjectNode j = (ObjectNode) JSON.readTree(r.out());
    // The name the user gave is the only thing that may differ between sources.
    assertThat(j.remove("image").asText()).isEqualTo(source);
    for (JsonNode f : j.get("findings")) {
      assertThat(((ObjectNode) f).remove("file").asText()).isEqualTo(source);
    }
    return j;
  }

  @Test
  void theEngineGivesWhatItsDockerSaveGives() throws Exception {
    String tag = "plimsoll-it/engine-cleanup-later:" + nonce;
    stack
        .docker(
            FIXTURES.resolve("cleanup-later"), "build", "--network", "host", "-q", "-t", tag, ".")
        .ok();
    Path archive = work.resolve("saved.tar");
    stack.docker(work, "save", "-o", archive.toString(), tag).ok();
    String id =
        stack.docker(work, "image", "inspect", "--format", "{{.Id}}", tag).ok().out().strip();

    JsonNode saved = image(Map.of(), "docker-archive:" + archive);
    Map<String, String> env = engine();
    JsonNode byTag = image(env, "docker:" + tag);
    // Everything: the figures, every layer, the reclaimable pairs, the files and the findings.
    assertThat(byTag).isEqualTo(saved);
    assertThat(byTag.get("imageId").asText()).isEqualTo(id);
    assertThat(byTag.get("reclaimableBytes").asLong()).isEqualTo(2_500_000L);
    assertThat(image(env, "docker:" + id)).isEqualTo(saved);
    assertThat(image(env, "docker-daemon:" + tag)).isEqualTo(saved);
    try (Stream<Path> left = Files.list(work.resolve("tmp"))) {
      assertThat(left.toList()).as("the spool is deleted").isEmpty();
    }
  }

  @Test
  void anImageTheEngineDoesNotHaveIsOneLineAndExit2() throws Exception {
    String ref = "plimsoll-it/no-such-image:" + nonce;
    Cli.Result r = Cli.run(Cli.REPO, null, engine(), "image", "docker:" + ref);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "error: docker:"
                + ref
                + ": no such image in the Docker Engine at "
                + stack.value("DOCKER_HOST"));
    assertThat(List.of(work.resolve("tmp").toFile().list())).isEmpty();
  }
}
