package dev.plimsoll.inventory;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML readers of the language catalogers (lock files, {@code package.json}), with
 * bounds on nesting, so that a hostile file fails as malformed rather than exhausting the stack.
 */
final class Documents {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_BYTES = (int) Cataloger.DEFAULT_MAX_BYTES;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(constraints())
                  .build())
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  private Documents() {}

  static JsonNode json(InputStream in) throws IOException {
    return JSON.readTree(in);
  }

  static JsonNode yaml(InputStream in) throws IOException {
    return YAML.readTree(in);
  }

  /** A text field, or {@code ""}. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() ? v.asText("") : "";
  }

  /**
   * npm's license fields: {@code "license": "MIT"}, the older {@code {"type": "MIT"}}, or a {@code
   * licenses} array of either.
   */
  static List<String> licenses(JsonNode node) {
    List<String> out = new ArrayList<>();
    addLicense(node.get("license"), out);
    JsonNode many = node.get("licenses");
    if (many != null && many.isArray()) {
      many.forEach(l -> addLicense(l, out));
    }
    return out;
  }

  private static void addLicense(JsonNode l, List<String> out) {
    if (l == null) {
      return;
    }
    String text = l.isObject() ? text(l, "type") : l.isTextual() ? l.asText() : "";
    if (!text.isBlank()) {
      out.add(text);
    }
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxDocumentLength(MAX_BYTES)
        .build();
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_BYTES);
    // Jackson's YAML reader does not expand aliases today; these guard a future one that does.
    loader.setMaxAliasesForCollections(50);
    loader.setNestingDepthLimit(MAX_DEPTH);
    return YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints()).build();
  }
}
