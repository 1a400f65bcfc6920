package dev.plimsoll.image.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code docker:REF} (skopeo's {@code docker-daemon:REF}): an image in the Docker Engine, read over
 * its API at {@code DOCKER_HOST} ({@link DockerHost}). The paths carry no API version, so any
 * engine answers in its own; the two used are in every version since 1.24.
 *
 * <p>{@code GET /images/{ref}/json} says whether the image exists, its ID and every tag the engine
 * knows it by (the tags {@code image-latest-tag} judges). The image is then saved by that ID, so a
 * tag moved between the two requests cannot mix two images, with {@code GET /images/{id}/get}: a
 * {@code docker save} archive, streamed.
 *
 * <p>That stream is spooled to a file in a private temporary folder and read as a docker-archive,
 * by the same code ({@link TarStore}, {@link DockerArchive}). A reader of the stream as it comes
 * would save the disk, but it cannot know what it reads: Docker before 25 writes the layers first,
 * under v1 IDs, and {@code manifest.json}, which gives their order, last, while the analysis reads
 * layers by index, two at a time. Holding them until the manifest comes is holding the image. The
 * price of the spool is disk the size of the uncompressed image for the length of the run; memory
 * stays bounded. The folder is deleted when the source is closed, when opening fails, and at exit.
 */
final class DockerEngine {
  /** A hung engine fails a request after this long without a byte. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The largest JSON answer read: an inspect is kilobytes, an error message a line. */
  static final int JSON_CAP = 4 << 20;

  /** Names, tags, digests and IDs; nothing that could end the request line or leave the path. */
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,511}");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String spec;
  private final DockerHost host;
  private final Duration timeout;
  private final Path spoolIn;

  private DockerEngine(String spec, DockerHost host, Duration timeout, Path spoolIn) {
    this.spec = spec;
    this.host = host;
    this.timeout = timeout;
    this.spoolIn = spoolIn;
  }

  /** The image {@code ref} in the engine {@code env}'s {@code DOCKER_HOST} names. */
  static ImageSource open(String spec, String ref, Map<String, String> env)
      throws BadInputException {
    return open(
        spec,
        ref,
        DockerHost.from(spec, env),
        TIMEOUT,
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * The image {@code ref} in the engine at {@code host}, giving up on a request after {@code
   * timeout} without data, spooled to a new folder in {@code spoolIn}.
   */
  static ImageSource open(String spec, String ref, DockerHost host, Duration timeout, Path spoolIn)
      throws BadInputException {
    if (ref.startsWith("//")) {
      throw new BadInputException(
          spec,
          "docker:// is skopeo's registry transport; use registry:"
              + ref.substring(2)
              + " for a registry, docker:REF for the Docker Engine");
    }
    if (!REFERENCE.matcher(ref).matches() || ref.contains("..")) {
      throw new BadInputException(
          spec, "not an image reference: want docker:NAME[:TAG], docker:NAME@DIGEST or docker:ID");
    }
    DockerEngine engine = new DockerEngine(spec, host, timeout, spoolIn);
    JsonNode image = engine.inspect(ref);
    String id = image.path("Id").asText("");
    if (!REFERENCE.matcher(id).matches() || id.contains("..")) {
      throw new BadInputException(spec, "the Docker Engine's inspect names no image Id");
    }
    List<String> tags = new ArrayList<>();
    image.path("RepoTags").forEach(t -> tags.add(t.isTextual() ? t.asText() : ""));
    tags.removeIf(String::isEmpty);
    return engine.save(id, tags);
  }

  private JsonNode inspect(String ref) throws BadInputException {
    String path = "/images/" + ref + "/json";
    try (EngineHttp.Answer a = get(path)) {
      if (a.status() == 404) {
        throw new BadInputException(spec, "no such image in the Docker Engine at " + host.text());
      }
      requireOk(a, path);
      JsonNode node = JSON.readTree(a.read(JSON_CAP));
      if (node == null || !node.isObject()) {
        throw new BadInputException(spec, "GET " + path + ": the engine sent no JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          spec,
          "GET "
              + path
              + ": the engine sent no JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw failed(path, e);
    }
  }

  /** Spools {@code /images/{id}/get} and opens it as a docker-archive. */
  private ImageSource save(String id, List<String> tags) throws BadInputException {
    String path = "/images/" + id + "/get";
    Path dir;
    try {
      // A folder of the user's alone (rwx------, as createTempDirectory makes it on POSIX).
      dir = Files.createTempDirectory(spoolIn, "plimsoll-docker-");
    } catch (IOException e) {
      throw new BadInputException(spec, "cannot make a temporary folder: " + e.getMessage());
    }
    Path file = dir.resolve("image.tar");
    SpooledStore store;
    // Registered folder first: the files of deleteOnExit go in reverse order.
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    try {
      spool(path, file);
      store = SpooledStore.open(spec, dir, file);
    } catch (BadInputException | RuntimeException e) {
      SpooledStore.delete(dir, file);
      throw e;
    }
    try {
      return DockerArchive.open(spec, store, Optional.empty()).withTags(tags);
    } catch (BadInputException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Copies the save stream to {@code file}, telling the engine's faults from the disk's. */
  private void spool(String path, Path file) throws BadInputException {
    try (EngineHttp.Answer a = get(path)) {
      requireOk(a, path);
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
        byte[] buffer = new byte[1 << 16];
        for (int n = a.body().read(buffer); n >= 0; n = a.body().read(buffer)) {
          write(out, buffer, n, file);
        }
      }
    } catch (IOException e) {
      throw failed(path, e);
    }
  }

  private void write(OutputStream out, byte[] buffer, int n, Path file) throws BadInputException {
    try {
      out.write(buffer, 0, n);
    } catch (IOException e) {
      throw new BadInputException(
          spec, "cannot spool the image to " + file.getParent() + ": " + e.getMessage());
    }
  }

  private EngineHttp.Answer get(String path) throws BadInputException {
    EngineSocket socket;
    try {
      socket = EngineSocket.connect(host.address(), timeout);
    } catch (IOException e) {
      throw new BadInputException(
          spec,
          "cannot connect to the Docker Engine at "
              + host.text()
              + ": "
              + e.getMessage()
              + "; is it running? (DOCKER_HOST names another)");
    }
    try {
      return EngineHttp.get(socket, host.authority(), path);
    } catch (IOException e) {
      throw failed(path, e);
    }
  }

  /** An error answer as one line with the engine's own message ({@code {"message": "..."}}). */
  private void requireOk(EngineHttp.Answer a, String path) throws BadInputException, IOException {
    if (a.status() == 200) {
      return;
    }
    String message = "";
    try {
      JsonNode error = JSON.readTree(a.read(JSON_CAP));
      message = error == null ? "" : error.path("message").asText("");
      // One line of reasonable length, whatever the peer sent; BadInputException escapes controls.
      message = message.length() > 500 ? message.substring(0, 500) + "..." : message;
    } catch (IOException e) {
      // No JSON, or too much of it: the status alone says it.
    }
    throw new BadInputException(
        spec,
        "the Docker Engine at "
            + host.text()
            + " answered "
            + a.status()
            + " to GET "
            + path
            + (message.isBlank() ? "" : ": " + message.strip()));
  }

  private BadInputException failed(String path, IOException e) {
    return new BadInputException(
        spec, "GET " + path + " from the Docker Engine at " + host.text() + ": " + e.getMessage());
  }
}
