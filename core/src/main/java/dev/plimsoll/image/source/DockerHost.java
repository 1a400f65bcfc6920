package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.util.Map;

/**
 * Where the Docker Engine listens, read from {@code DOCKER_HOST} as the docker CLI reads it: {@code
 * unix:///path} (the default, {@code /var/run/docker.sock}) or {@code tcp://host:port} in plain
 * HTTP. TLS ({@code DOCKER_TLS_VERIFY}), {@code ssh://} and {@code npipe://} are refused: the first
 * two need a TLS or SSH client this small HTTP client does not have, the last is Windows only.
 *
 * @param text the address as the user wrote it, for messages
 * @param authority the {@code Host} header: the engine ignores it, HTTP/1.1 requires one
 */
record DockerHost(String text, SocketAddress address, String authority) {
  static final String DEFAULT = "unix:///var/run/docker.sock";

  /** The engine {@code env} names; {@code source} (the image) is named in a refusal. */
  static DockerHost from(String source, Map<String, String> env) throws BadInputException {
    String text = env.getOrDefault("DOCKER_HOST", "").strip();
    if (text.isEmpty()) {
      text = DEFAULT;
    }
    if (text.startsWith("unix://")) {
      String path = text.substring("unix://".length());
      if (path.isEmpty()) {
        throw new BadInputException(source, "DOCKER_HOST " + text + " names no socket");
      }
      return new DockerHost(text, UnixDomainSocketAddress.of(path), "docker");
    }
    if (text.startsWith("tcp://")) {
      if (!env.getOrDefault("DOCKER_TLS_VERIFY", "").isEmpty()) {
        throw new BadInputException(
            source,
            "DOCKER_HOST "
                + text
                + " with DOCKER_TLS_VERIFY: TLS to the Docker Engine is not supported;"
                + " use its unix socket (unix:///var/run/docker.sock) or docker save");
      }
      return tcp(source, text);
    }
    throw new BadInputException(
        source,
        "DOCKER_HOST "
            + text
            + ": only unix:// and plain tcp:// engines are supported; save the image with"
            + " docker save and pass docker-archive:FILE");
  }

  private static DockerHost tcp(String source, String text) throws BadInputException {
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null) {
        throw new URISyntaxException(text, "no host");
      }
      // 2375 is the engine's plain-HTTP port (dockerd --host tcp://0.0.0.0 without --tls).
      int port = uri.getPort() < 0 ? 2375 : uri.getPort();
      return new DockerHost(
          text, new InetSocketAddress(uri.getHost(), port), uri.getHost() + ":" + port);
    } catch (URISyntaxException e) {
      throw new BadInputException(source, "DOCKER_HOST " + text + " is not tcp://HOST:PORT");
    }
  }
}
