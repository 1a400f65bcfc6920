package dev.plimsoll.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs to the test stack's Docker Engine API (v1.41, Engine 20.10) over its unix socket, to read
 * what the engine itself holds rather than what a client prints. Core's engine client
 * (image/source) is package-private to the image sources, and the JDK's HttpClient cannot reach a
 * unix socket, so this sends HTTP/1.0: the engine then answers without chunked coding and ends the
 * body by closing the connection, which keeps the reading to a few lines.
 */
final class EngineApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TIMEOUT_SECONDS = 20;

  private final UnixDomainSocketAddress socket;

  EngineApi(String dockerHost) {
    if (!dockerHost.startsWith("unix://")) {
      throw new AssertionError("the stack's engine is not on a unix socket: " + dockerHost);
    }
    this.socket = UnixDomainSocketAddress.of(dockerHost.substring("unix://".length()));
  }

  /** {@code GET /containers/{id}/json}: what {@code docker inspect} shows. */
  JsonNode inspect(String id) {
    return parse(get("/containers/" + id + "/json"));
  }

  /** {@code GET /images/{id}/json}: what {@code docker image inspect} shows. */
  JsonNode image(String id) {
    return parse(get("/images/" + id + "/json"));
  }

  /** {@code GET /containers/json?all=1}, the containers with {@code label} (KEY=VALUE). */
  JsonNode containers(String label) {
    return parse(get("/containers/json?all=1&filters=" + labelFilter(label)));
  }

  /**
   * {@code GET /events} between two times (Unix seconds) for the containers with {@code label}: the
   * engine's own record of creates, starts, health checks and health changes, each with its {@code
   * timeNano}. With {@code until} in the past the answer ends at once.
   */
  List<JsonNode> events(long since, long until, String label) {
    String body =
        get("/events?since=" + since + "&until=" + until + "&filters=" + labelFilter(label));
    List<JsonNode> out = new ArrayList<>();
    for (String line : body.split("\n", -1)) {
      if (!line.isBlank()) {
        out.add(parse(line));
      }
    }
    return out;
  }

  private static String labelFilter(String label) {
    return URLEncoder.encode("{\"label\":[\"" + label + "\"]}", UTF_8);
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of a 200 answer; anything else fails the test with the engine's message. */
  private String get(String path) {
    CompletableFuture<String> answer = new CompletableFuture<>();
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A blocking channel has no read timeout: a watchdog closes it instead.
    Thread reader =
        new Thread(
            () -> {
              try (channel) {
                answer.complete(exchange(channel, path));
              } catch (IOException | RuntimeException e) {
                answer.completeExceptionally(e);
              }
            },
            "engine-api");
    reader.setDaemon(true);
    reader.start();
    try {
      return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      closeQuietly(channel);
      throw new AssertionError(
          "the engine did not answer GET " + path + " in " + TIMEOUT_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new AssertionError("GET " + path + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private String exchange(SocketChannel channel, String path) throws IOException {
    channel.connect(socket);
    String request = "GET /v1.41" + path + " HTTP/1.0\r\nHost: docker\r\n\r\n";
    ByteBuffer out = ByteBuffer.wrap(request.getBytes(ISO_8859_1));
    while (out.hasRemaining()) {
      channel.write(out);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    while (channel.read(in) >= 0) {
      all.write(in.array(), 0, in.position());
      in.clear();
    }
    String text = all.toString(UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0 || !text.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + text);
    }
    String status = text.substring(0, text.indexOf("\r\n"));
    String body = text.substring(end + 4);
    if (!status.matches("HTTP/1\\.[01] 200( .*)?")) {
      throw new IOException(status + ": " + body.strip());
    }
    return body;
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // already failing for the timeout
    }
  }
}
