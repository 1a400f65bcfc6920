import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The token server of the test stack's bearer-token registry: the Docker Registry token
 * authentication flow (distribution's docs/spec/auth/token.md), just enough of it for tests.
 *
 * <p>{@code java scripts/TokenServer.java PORT KEYSTORE.p12 STOREPASS USER PASSWORD SERVICE ISSUER}
 * (the JDK runs a single source file as it is). GET /token?service=S&scope=repository:NAME:ACTIONS
 * answers {"token": JWT, ...}: an RS256 JWT whose header carries the signing certificate in {@code
 * x5c}, which the registry checks against its {@code rootcertbundle}. The user with the right
 * password (HTTP Basic) gets every action asked for; a wrong password gets 401; anonymous callers
 * get a token with no access at all, so the registry asks for a login, as a private registry does.
 *
 * <p>Test scaffolding, not product code: written by hand because a JWT of one fixed shape is ten
 * lines, and a JOSE library plus a launcher would be more to install than this.
 */
public final class TokenServer {
  private static final Pattern SCOPE =
      Pattern.compile("repository:([a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[0-9]+)?):([a-z,*]+)");
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  public static void main(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println(
          "usage: TokenServer PORT KEYSTORE.p12 STOREPASS USER PASSWORD SERVICE ISSUER");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(args[1])) {
      store.load(in, args[2].toCharArray());
    }
    String alias = store.aliases().nextElement();
    PrivateKey key = (PrivateKey) store.getKey(alias, args[2].toCharArray());
    Certificate cert = store.getCertificate(alias);
    String user = args[3];
    byte[] password = args[4].getBytes(StandardCharsets.UTF_8);
    String issuer = args[6];
    String header =
        "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"x5c\":[\""
            + Base64.getEncoder().encodeToString(cert.getEncoded())
            + "\"]}";
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    server.createContext(
        "/token",
        exchange -> {
          try {
            answer(exchange, key, header, user, password, issuer);
          } catch (IOException | RuntimeException | java.security.GeneralSecurityException e) {
            System.err.println("token: " + e);
            send(exchange, 500, "{\"errors\":[{\"code\":\"UNKNOWN\"}]}");
          }
        });
    server.start();
    System.err.println("token server on 127.0.0.1:" + port);
  }

  private static void answer(
      HttpExchange exchange,
      PrivateKey key,
      String header,
      String user,
      byte[] password,
      String issuer)
      throws IOException, java.security.GeneralSecurityException {
    String subject = "";
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.startsWith("Basic ")) {
      String pair = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      boolean ok =
          colon > 0
              && pair.substring(0, colon).equals(user)
              && MessageDigest.isEqual(
                  pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8), password);
      if (!ok) {
        send(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad login\"}]}");
        return;
      }
      subject = user;
    }
    String service = "";
    List<String> access = new ArrayList<>();
    String query = exchange.getRequestURI().getRawQuery();
    for (String part : query == null ? new String[0] : query.split("&")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq);
      String value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
      if (name.equals("service")) {
        service = value;
      } else if (name.equals("scope") && !subject.isEmpty()) {
        var m = SCOPE.matcher(value);
        if (m.matches()) {
          StringBuilder actions = new StringBuilder();
          for (String a : m.group(2).split(",")) {
            actions.append(actions.length() == 0 ? "" : ",").append('"').append(a).append('"');
          }
          access.add(
              "{\"type\":\"repository\",\"name\":\"" + m.group(1) + "\",\"actions\":[" + actions + "]}");
        }
      }
    }
    if (!service.matches("[A-Za-z0-9._:-]*")) {
      send(exchange, 400, "{\"errors\":[{\"code\":\"BAD_SERVICE\"}]}");
      return;
    }
    long now = System.currentTimeMillis() / 1000;
    String claims =
        "{\"iss\":\""
            + issuer
            + "\",\"sub\":\""
            + subject
            + "\",\"aud\":\""
            + service
            + "\",\"exp\":"
            + (now + 300)
            + ",\"nbf\":"
            + (now - 10)
            + ",\"iat\":"
            + now
            + ",\"jti\":\""
            + UUID.randomUUID()
            + "\",\"access\":["
            + String.join(",", access)
            + "]}";
    String signingInput =
        URL.encodeToString(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    String token = signingInput + "." + URL.encodeToString(rs256.sign());
    send(
        exchange,
        200,
        "{\"token\":\"" + token + "\",\"access_token\":\"" + token + "\",\"expires_in\":300}");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
