package dev.plimsoll.image.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The credentials {@code docker login} left for a registry: {@code auths} in the client's {@code
 * config.json} ({@code $DOCKER_CONFIG}, else {@code ~/.docker}), or a credential helper ({@code
 * credHelpers} for the host, else {@code credsStore}), run as {@code docker-credential-NAME get}
 * with the host on standard input, as the Docker CLI does.
 */
final class RegistryCredentials {
  private static final long CONFIG_LIMIT = 4L * 1024 * 1024;

  /**
   * A user and secret; a user of {@code <token>} means the secret is an identity (refresh) token.
   */
  record Credentials(String username, String secret) {
    boolean identityToken() {
      return username.equals("<token>");
    }

    String basic() {
      return Base64.getEncoder()
          .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Path configFile;
  private final Map<String, String> env;

  RegistryCredentials(Map<String, String> env) {
    this.env = env;
    String dir = env.get("DOCKER_CONFIG");
    Path base =
        dir != null && !dir.isEmpty()
            ? Path.of(dir)
            : Path.of(System.getProperty("user.home"), ".docker");
    this.configFile = base.resolve("config.json");
  }

  /** The credentials for {@code host}, if the client config has any. */
  Optional<Credentials> forHost(String host) throws BadInputException {
    if (!Files.isRegularFile(configFile)) {
      return Optional.empty();
    }
    JsonNode config;
    try {
      if (Files.size(configFile) > CONFIG_LIMIT) {
        throw new BadInputException(configFile.toString(), "larger than 4 MiB");
      }
      config = new ObjectMapper().readTree(configFile.toFile());
    } catch (IOException e) {
      throw new BadInputException(configFile.toString(), "not valid JSON: " + e.getMessage());
    }
    List<String> keys =
        host.equals("docker.io")
            ? List.of("https://index.docker.io/v1/", "index.docker.io", "docker.io")
            : List.of(host, "https://" + host, "http://" + host, "https://" + host + "/v1/");
    JsonNode helpers = config.path("credHelpers");
    for (String k : keys) {
      if (helpers.hasNonNull(k)) {
        return helper(helpers.get(k).asText(), keys.get(0));
      }
    }
    JsonNode auths = config.path("auths");
    for (String k : keys) {
      JsonNode a = auths.path(k);
      if (a.hasNonNull("identitytoken")) {
        return Optional.of(new Credentials("<token>", a.get("identitytoken").asText()));
      }
      if (a.hasNonNull("auth")) {
        String decoded;
        try {
          decoded =
              new String(
                  Base64.getDecoder().decode(a.get("auth").asText()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new BadInputException(configFile.toString(), "auths." + k + ".auth is not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
          throw new BadInputException(
              configFile.toString(), "auths." + k + ".auth is not user:password");
        }
        return Optional.of(
            new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
      }
    }
    if (config.hasNonNull("credsStore")) {
      return helper(config.get("credsStore").asText(), keys.get(0));
    }
    return Optional.empty();
  }

  /** Runs {@code docker-credential-NAME get}; a helper that has nothing for the host says so. */
  private Optional<Credentials> helper(String name, String server) throws BadInputException {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new BadInputException(
          configFile.toString(), "credential helper name " + name + " is not valid");
    }
    String program = "docker-credential-" + name;
    try {
      ProcessBuilder pb = new ProcessBuilder(program, "get");
      pb.environment().putAll(env);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(server.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out;
      try (InputStream o = p.getInputStream()) {
        out = o.readNBytes(1 << 20);
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new BadInputException(program, "did not answer within 30 s");
      }
      if (p.exitValue() != 0) {
        return Optional.empty(); // "credentials not found in native keychain"
      }
      JsonNode j = new ObjectMapper().readTree(out);
      return Optional.of(
          new Credentials(j.path("Username").asText(""), j.path("Secret").asText("")));
    } catch (IOException e) {
      throw new BadInputException(program, "cannot run the credential helper: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(program, "interrupted");
    }
  }
}
