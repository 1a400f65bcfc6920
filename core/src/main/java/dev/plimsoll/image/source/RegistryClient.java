package dev.plimsoll.image.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Registry HTTP API v2 (distribution spec) for reading an image: manifests with the {@code
 * Accept} headers that keep a registry from converting them, blobs, and the {@code
 * WWW-Authenticate} challenge (Basic, or Bearer with a token from the realm). The JDK's client
 * follows redirects with the {@code Authorization} header, so redirects are followed here, by hand,
 * and the header is dropped when the redirect leaves the registry's host (blob storage).
 */
final class RegistryClient {
  static final List<String> MANIFEST_TYPES =
      List.of(
          "application/vnd.oci.image.index.v1+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.docker.distribution.manifest.v2+json");

  /** containerd's limit for a manifest; a larger one is refused before it is read. */
  static final int MANIFEST_LIMIT = 4 * 1024 * 1024;

  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final int MAX_REDIRECTS = 5;

  private final RegistryRef ref;
  private final Optional<RegistryCredentials.Credentials> credentials;
  private final String base;
  private final HttpClient http;
  private Optional<String> authorization = Optional.empty();

  /** A manifest or index: its bytes, the media type the registry gave, and its digest. */
  static final class Manifest {
    private final byte[] body;
    private final String mediaType;
    private final String digest;

    Manifest(byte[] body, String mediaType, String digest) {
      this.body = body.clone();
      this.mediaType = mediaType;
      this.digest = digest;
    }

    byte[] body() {
      return body.clone();
    }

    String mediaType() {
      return mediaType;
    }

    String digest() {
      return digest;
    }
  }

  RegistryClient(
      RegistryRef ref, Optional<RegistryCredentials.Credentials> credentials, boolean plainHttp) {
    this.ref = ref;
    this.credentials = credentials;
    this.base = (plainHttp ? "http://" : "https://") + ref.apiHost() + "/v2/" + ref.repository();
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
  }

  /** The manifest {@code reference} (a tag or digest) names, its digest checked. */
  Manifest manifest(String reference) throws BadInputException {
    HttpResponse<InputStream> r =
        get(base + "/manifests/" + reference, String.join(", ", MANIFEST_TYPES));
    byte[] body = readCapped(r, MANIFEST_LIMIT, "manifest " + reference);
    String digest = VerifyingInputStream.digestOf(body, "sha256:");
    if (reference.startsWith("sha256:") && !reference.equals(digest)) {
      throw new BadInputException(
          ref.toString(),
          "the registry sent a manifest whose digest is " + digest + ", not " + reference);
    }
    Optional<String> told = r.headers().firstValue("Docker-Content-Digest");
    if (told.isPresent() && told.get().startsWith("sha256:") && !told.get().equals(digest)) {
      throw new BadInputException(
          ref.toString(),
          "the manifest's Docker-Content-Digest "
              + told.get()
              + " does not match its bytes ("
              + digest
              + ")");
    }
    String type = r.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
    return new Manifest(body, type, digest);
  }

  /** A blob's stored bytes, as a stream the caller checks against {@code digest}. */
  InputStream blob(String digest) throws BadInputException {
    return get(base + "/blobs/" + digest, "*/*").body();
  }

  /** The size of a blob, from a HEAD request's Content-Length. */
  long blobSize(String digest) throws BadInputException {
    HttpResponse<InputStream> r = request("HEAD", base + "/blobs/" + digest, "*/*");
    close(r);
    return r.headers()
        .firstValueAsLong("Content-Length")
        .orElseThrow(
            () -> new BadInputException(ref.toString(), "blob " + digest + ": no size given"));
  }

  private HttpResponse<InputStream> get(String url, String accept) throws BadInputException {
    return request("GET", url, accept);
  }

  private HttpResponse<InputStream> request(String method, String url, String accept)
      throws BadInputException {
    URI uri = URI.create(url);
    String apiAuthority = uri.getRawAuthority();
    boolean retried = false;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(60))
              .header("Accept", accept)
              .method(method, HttpRequest.BodyPublishers.noBody());
      boolean sameHost = apiAuthority.equals(uri.getRawAuthority());
      if (sameHost) {
        authorization.ifPresent(a -> b.header("Authorization", a));
      }
      HttpResponse<InputStream> r = send(b.build());
      int status = r.statusCode();
      if (status == 401 && sameHost && !retried) {
        close(r);
        authorize(r.headers().firstValue("WWW-Authenticate").orElse(""));
        retried = true;
        hop--;
        continue;
      }
      if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
        close(r);
        uri = uri.resolve(r.headers().firstValue("Location").get());
        continue;
      }
      if (status != 200) {
        close(r);
        throw new BadInputException(ref.toString(), describe(status, uri));
      }
      return r;
    }
    throw new BadInputException(ref.toString(), "more than " + MAX_REDIRECTS + " redirects");
  }

  private String describe(int status, URI uri) {
    return switch (status) {
      case 401 ->
          credentials.isEmpty()
              ? "the registry wants a login: run docker login " + ref.host()
              : "the registry refused the credentials (401): run docker login " + ref.host();
      case 403 -> "access denied (403) to " + ref.repository();
      case 404 -> "not found (404): " + uri.getPath();
      default -> "the registry answered " + status + " for " + uri.getPath();
    };
  }

  /** Answers a {@code WWW-Authenticate} challenge, once. */
  private void authorize(String challenge) throws BadInputException {
    String scheme = challenge.split(" ", 2)[0];
    Map<String, String> params = new HashMap<>();
    Matcher m = PARAM.matcher(challenge);
    while (m.find()) {
      params.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      if (credentials.isEmpty() || credentials.get().identityToken()) {
        throw new BadInputException(
            ref.toString(), "the registry wants a login: run docker login " + ref.host());
      }
      authorization = Optional.of("Basic " + credentials.get().basic());
      return;
    }
    if (!scheme.equalsIgnoreCase("Bearer") || !params.containsKey("realm")) {
      throw new BadInputException(
          ref.toString(), "unsupported authentication challenge: " + scheme);
    }
    authorization = Optional.of("Bearer " + token(params));
  }

  private String token(Map<String, String> params) throws BadInputException {
    String scope = params.getOrDefault("scope", "repository:" + ref.repository() + ":pull");
    String service = params.getOrDefault("service", "");
    URI realm = URI.create(params.get("realm"));
    if (!realm.getScheme().equals("https") && !realm.getScheme().equals("http")) {
      throw new BadInputException(ref.toString(), "the token realm is not http(s): " + realm);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
    if (credentials.isPresent() && credentials.get().identityToken()) {
      String form =
          "grant_type=refresh_token&client_id=plimsoll&service="
              + enc(service)
              + "&scope="
              + enc(scope)
              + "&refresh_token="
              + enc(credentials.get().secret());
      b.uri(realm)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    } else {
      String q = "service=" + enc(service) + "&scope=" + enc(scope);
      b.uri(URI.create(realm + (realm.getRawQuery() == null ? "?" : "&") + q)).GET();
      credentials.ifPresent(c -> b.header("Authorization", "Basic " + c.basic()));
    }
    HttpResponse<InputStream> r = send(b.build());
    if (r.statusCode() != 200) {
      close(r);
      throw new BadInputException(
          ref.toString(),
          r.statusCode() == 401 && credentials.isPresent()
              ? "the token service "
                  + realm.getHost()
                  + " refused the credentials (401): run docker login "
                  + ref.host()
              : "the token service " + realm.getHost() + " answered " + r.statusCode());
    }
    byte[] body = readCapped(r, 1 << 20, "token");
    try {
      JsonNode j = new ObjectMapper().readTree(body);
      String t = j.path("token").asText(j.path("access_token").asText(""));
      if (t.isEmpty()) {
        throw new BadInputException(ref.toString(), "the token service sent no token");
      }
      return t;
    } catch (IOException e) {
      throw new BadInputException(ref.toString(), "the token service sent no JSON");
    }
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws BadInputException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new BadInputException(
          ref.toString(), "cannot reach " + request.uri().getHost() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadInputException(ref.toString(), "interrupted");
    }
  }

  private byte[] readCapped(HttpResponse<InputStream> r, int limit, String what)
      throws BadInputException {
    try (InputStream in = r.body()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        throw new BadInputException(ref.toString(), what + " is larger than " + limit + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw new BadInputException(ref.toString(), "cannot read " + what + ": " + e.getMessage());
    }
  }

  private static void close(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException e) {
      // nothing more to read from an answer we do not use
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
