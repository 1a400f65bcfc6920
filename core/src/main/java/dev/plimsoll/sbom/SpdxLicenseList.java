package dev.plimsoll.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SPDX license list, to tell an SPDX license identifier or expression ({@code MIT}, {@code
 * Apache-2.0 AND BSD-3-Clause}) from a free-text license ({@code Ruby}, {@code GPL}). The list is
 * the one cyclonedx-core-java ships as {@code spdx.schema.json}, the enumeration CycloneDX's own
 * schema checks {@code license.id} against, so an identifier accepted here is valid there.
 */
final class SpdxLicenseList {
  /** Lower case to the list's spelling: SPDX matches identifiers case-insensitively (annex B). */
  private static final Map<String, String> IDS = load();

  /** SPDX annex B's idstring, which a {@code LicenseRef-} also follows. */
  private static final Pattern IDSTRING = Pattern.compile("[A-Za-z0-9.\\-]+");

  private SpdxLicenseList() {}

  /** The identifier as the list spells it, when {@code text} is one (a trailing {@code +} too). */
  static Optional<String> id(String text) {
    String t = text.trim();
    boolean plus = t.endsWith("+");
    String bare = plus ? t.substring(0, t.length() - 1) : t;
    return Optional.ofNullable(IDS.get(bare.toLowerCase(Locale.ROOT)))
        .map(id -> plus ? id + "+" : id);
  }

  /**
   * {@code text} as an SPDX license expression with canonical identifiers, when every term is a
   * listed identifier, joined by {@code AND}, {@code OR} and {@code WITH} (an exception), with
   * parentheses (SPDX 2.3 annex D).
   */
  static Optional<String> expression(String text) {
    String spaced = text.replace("(", " ( ").replace(")", " ) ").trim();
    if (spaced.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    boolean wantTerm = true;
    boolean afterWith = false;
    int depth = 0;
    for (String token : spaced.split("\\s+", -1)) {
      String word = token.toUpperCase(Locale.ROOT);
      String canonical;
      if (token.equals("(") && wantTerm) {
        depth++;
        canonical = token;
      } else if (token.equals(")") && !wantTerm && depth > 0) {
        depth--;
        canonical = token;
      } else if (!wantTerm && (word.equals("AND") || word.equals("OR") || word.equals("WITH"))) {
        wantTerm = true;
        afterWith = word.equals("WITH");
        canonical = word;
      } else if (wantTerm && !token.equals("(") && !token.equals(")")) {
        Optional<String> term =
            afterWith
                ? Optional.of(token).filter(t -> IDSTRING.matcher(t).matches())
                : id(token).or(() -> Optional.of(token).filter(t -> t.startsWith("LicenseRef-")));
        if (term.isEmpty()) {
          return Optional.empty();
        }
        canonical = term.get();
        wantTerm = false;
        afterWith = false;
      } else {
        return Optional.empty();
      }
      if (out.length() > 0 && !canonical.equals(")") && out.charAt(out.length() - 1) != '(') {
        out.append(' ');
      }
      out.append(canonical);
    }
    return wantTerm || depth != 0 ? Optional.empty() : Optional.of(out.toString());
  }

  private static Map<String, String> load() {
    try (InputStream in = SpdxLicenseList.class.getResourceAsStream("/spdx.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("spdx.schema.json is missing from cyclonedx-core-java");
      }
      JsonNode list = new ObjectMapper().readTree(in).get("enum");
      Map<String, String> ids = new HashMap<>();
      for (JsonNode id : list) {
        ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText());
      }
      return Map.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SPDX license list", e);
    }
  }
}
