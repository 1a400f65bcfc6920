package dev.plimsoll.image.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against fakes of what a real registry cannot be made to do on demand: a token service,
 * a redirect to another host, a lying digest. (The real registry is in the CLI's ITs.)
 */
class RegistryClientTest {
  private final List<HttpServer> servers = new ArrayList<>();
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  private HttpServer server() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.start();
    servers.add(s);
    return s;
  }

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  private static void answer(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    if (type != null) {
      x.getResponseHeaders().add("Content-Type", type);
    }
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(body);
    }
  }

  private static String host(HttpServer s) {
    return "127.0.0.1:" + s.getAddress().getPort();
  }

  @Test
  void bearerChallengeGetsATokenWithTheLoginAndRetries() throws Exception {
    HttpServer auth = server();
    auth.createContext(
        "/token",
        x -> {
          seen.add(
              "token "
                  + x.getRequestURI().getRawQuery()
                  + " "
                  + x.getRequestHeaders().getFirst("Authorization"));
          answer(x, 200, "application/json", "{\"token\":\"T0K\"}".getBytes(UTF_8));
        });
    HttpServer reg = server();
    byte[] manifest = "{\"schemaVersion\":2}".getBytes(UTF_8);
    reg.createContext(
        "/v2/team/app/manifests/1.0",
        x -> {
          String a = x.getRequestHeaders().getFirst("Authorization");
          seen.add("manifest " + a + " " + x.getRequestHeaders().getFirst("Accept"));
          if (!"Bearer T0K".equals(a)) {
            x.getResponseHeaders()
                .add(
                    "WWW-Authenticate",
                    "Bearer realm=\"http://"
                        + host(auth)
                        + "/token\",service=\"reg\",scope=\"repository:team/app:pull\"");
            answer(x, 401, null, new byte[0]);
            return;
          }
          answer(x, 200, "application/vnd.oci.image.manifest.v1+json", manifest);
        });
    RegistryClient c =
        new RegistryClient(
            RegistryRef.parse(host(reg) + "/team/app:1.0"),
            Optional.of(new RegistryCredentials.Credentials("u", "p")),
            true);
    RegistryClient.Manifest m = c.manifest("1.0");
    assertThat(m.mediaType()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
    assertThat(m.digest()).isEqualTo(VerifyingInputStream.digestOf(manifest, "sha256:"));
    String basic = "Basic " + Base64.getEncoder().encodeToString("u:p".getBytes(UTF_8));
    assertThat(seen)
        .containsExactly(
            "manifest null " + String.join(", ", RegistryClient.MANIFEST_TYPES),
            "token service=reg&scope=repository%3Ateam%2Fapp%3Apull " + basic,
            "manifest Bearer T0K " + String.join(", ", RegistryClient.MANIFEST_TYPES));
  }

  @Test
  void aRedirectToAnotherHostDropsTheAuthorization() throws Exception {
    HttpServer storage = server();
    storage.createContext(
        "/blob",
        x -> {
          seen.add("storage " + x.getRequestHeaders().getFirst("Authorization"));
          answer(x, 200, "application/octet-stream", "data".getBytes(UTF_8));
        });
    HttpServer reg = server();
    reg.createContext(
        "/v2/app/blobs/sha256:x",
        x -> {
          if (x.getRequestHeaders().getFirst("Authorization") == null) {
            x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"reg\"");
            answer(x, 401, null, new byte[0]);
            return;
          }
          seen.add("registry " + x.getRequestHeaders().getFirst("Authorization"));
          // "localhost" is another host than 127.0.0.1 for the header's purposes.
          x.getResponseHeaders()
              .add("Location", "http://localhost:" + storage.getAddress().getPort() + "/blob");
          answer(x, 307, null, new byte[0]);
        });
    RegistryClient c =
        new RegistryClient(
            RegistryRef.parse(host(reg) + "/app"),
            Optional.of(new RegistryCredentials.Credentials("u", "p")),
            true);
    try (InputStream in = c.blob("sha256:x")) {
      assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("data");
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).startsWith("registry Basic ");
    assertThat(seen.get(1)).isEqualTo("storage null");
  }

  @Test
  void aManifestThatIsNotWhatItsDigestSaysIsRefused() throws Exception {
    HttpServer reg = server();
    String wanted = "sha256:" + "0".repeat(64);
    reg.createContext(
        "/v2/app/manifests/" + wanted,
        x -> answer(x, 200, "application/vnd.oci.image.manifest.v1+json", "{}".getBytes(UTF_8)));
    RegistryClient c =
        new RegistryClient(RegistryRef.parse(host(reg) + "/app@" + wanted), Optional.empty(), true);
    assertThatThrownBy(() -> c.manifest(wanted))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(
            "whose digest is " + VerifyingInputStream.digestOf("{}".getBytes(UTF_8), "sha256:"))
        .hasMessageNotContaining("\n");
  }

  @Test
  void basicChallengeWithoutLoginSaysToLogIn() throws Exception {
    HttpServer reg = server();
    reg.createContext(
        "/v2/app/manifests/latest",
        x -> {
          x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"reg\"");
          answer(x, 401, null, new byte[0]);
        });
    RegistryClient c =
        new RegistryClient(RegistryRef.parse(host(reg) + "/app"), Optional.empty(), true);
    assertThatThrownBy(() -> c.manifest("latest"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("run docker login " + host(reg));
  }

  @Test
  void aHugeManifestIsRefusedBeforeItIsRead() throws Exception {
    HttpServer reg = server();
    reg.createContext(
        "/v2/app/manifests/latest",
        x -> answer(x, 200, "application/json", new byte[RegistryClient.MANIFEST_LIMIT + 10]));
    RegistryClient c =
        new RegistryClient(RegistryRef.parse(host(reg) + "/app"), Optional.empty(), true);
    assertThatThrownBy(() -> c.manifest("latest"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("larger than");
  }
}
