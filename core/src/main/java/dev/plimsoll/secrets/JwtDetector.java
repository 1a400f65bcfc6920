package dev.plimsoll.secrets;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * A JSON Web Token (RFC 7519) in compact form: three base64url parts whose header decodes to a JSON
 * object naming its {@code alg} (RFC 7515 section 4.1.1). Both header and payload are JSON objects,
 * so both start with {@code eyJ}, the base64 of an opening brace and quote. The decoding keeps out
 * strings of that shape that are not tokens.
 */
final class JwtDetector extends Detector {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:^|[^0-9A-Za-z_.-])(eyJ[0-9A-Za-z_-]{8,1000}\\.eyJ[0-9A-Za-z_-]{8,}\\.[0-9A-Za-z_-]*)"
              + "(?:$|[^0-9A-Za-z_.-])");

  private static final ObjectMapper JSON = new ObjectMapper();

  JwtDetector() {
    super("jwt", "JSON Web Token", SecretSeverity.MEDIUM, List.of("eyj"));
  }

  @Override
  Reading read() {
    return (number, text, out) -> find(number, text, out);
  }

  private static void find(int number, String text, Consumer<Hit> out) {
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String token = m.group(1);
      if (namesAlgorithm(token.substring(0, token.indexOf('.')))) {
        out.accept(new Hit(number, m.start(1), m.end(1), token));
      }
    }
  }

  private static boolean namesAlgorithm(String header) {
    try {
      byte[] json = Base64.getUrlDecoder().decode(header);
      JsonNode node = JSON.readTree(new String(json, StandardCharsets.UTF_8));
      return node != null && node.isObject() && node.path("alg").isTextual();
    } catch (IllegalArgumentException | JacksonException e) {
      return false; // not base64url, or not JSON: a string of the shape, not a token
    }
  }
}
