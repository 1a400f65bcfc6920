package dev.plimsoll.image.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plimsoll.BadInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Field access over a Jackson tree that names the place of a problem ({@code index.json:
 * manifests[2].digest: not a string}). A tree, not data binding, because every shape read here
 * comes from an untrusted archive and a wrong field must say which one it is.
 */
final class Json {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  // No shape read here nests deeper than 5; a hostile file may nest 100,000 deep.
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final String file;

  Json(String file) {
    this.file = file;
  }

  /** The object in {@code bytes}; {@code where} names it in messages ({@code index.json}). */
  JsonNode parse(String where, byte[] bytes) throws BadInputException {
    return object(parseAny(where, bytes), where);
  }

  JsonNode parseAny(String where, byte[] bytes) throws BadInputException {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw fail(where, "empty, not JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw fail(where, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw fail(where, "cannot read: " + e.getMessage());
    }
  }

  BadInputException fail(String where, String problem) {
    return new BadInputException(file, where + ": " + problem);
  }

  JsonNode object(JsonNode node, String where) throws BadInputException {
    if (!node.isObject()) {
      throw fail(where, "not an object");
    }
    return node;
  }

  /** The field, or empty when absent or JSON null (Go's encoding/json writes both for "none"). */
  Optional<JsonNode> field(JsonNode obj, String name) {
    JsonNode v = obj.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  Optional<String> text(JsonNode obj, String name, String where) throws BadInputException {
    Optional<JsonNode> v = field(obj, name);
    if (v.isPresent() && !v.get().isTextual()) {
      throw fail(where + "." + name, "not a string");
    }
    return v.map(JsonNode::asText);
  }

  String requiredText(JsonNode obj, String name, String where) throws BadInputException {
    return text(obj, name, where).orElseThrow(() -> fail(where, "no " + name));
  }

  boolean bool(JsonNode obj, String name, String where) throws BadInputException {
    Optional<JsonNode> v = field(obj, name);
    if (v.isPresent() && !v.get().isBoolean()) {
      throw fail(where + "." + name, "not true or false");
    }
    return v.map(JsonNode::asBoolean).orElse(false);
  }

  long size(JsonNode obj, String name, String where) throws BadInputException {
    JsonNode v = field(obj, name).orElseThrow(() -> fail(where, "no " + name));
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
      throw fail(where + "." + name, "not a size in bytes: " + v);
    }
    return v.asLong();
  }

  /** The array's elements; absent means none. */
  List<JsonNode> list(JsonNode obj, String name, String where) throws BadInputException {
    Optional<JsonNode> v = field(obj, name);
    if (v.isEmpty()) {
      return List.of();
    }
    if (!v.get().isArray()) {
      throw fail(where + "." + name, "not a list");
    }
    List<JsonNode> out = new ArrayList<>();
    v.get().forEach(out::add);
    return out;
  }

  List<String> strings(JsonNode obj, String name, String where) throws BadInputException {
    List<String> out = new ArrayList<>();
    for (JsonNode e : list(obj, name, where)) {
      if (!e.isTextual()) {
        throw fail(where + "." + name + "[" + out.size() + "]", "not a string");
      }
      out.add(e.asText());
    }
    return out;
  }

  /** A JSON object's keys in order, e.g. {@code ExposedPorts} ({@code {"80/tcp": {}}}). */
  List<String> keys(JsonNode obj, String name, String where) throws BadInputException {
    Optional<JsonNode> v = field(obj, name);
    if (v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    object(v.get(), where + "." + name).fieldNames().forEachRemaining(out::add);
    return out;
  }

  Map<String, String> stringMap(JsonNode obj, String name, String where) throws BadInputException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : keys(obj, name, where)) {
      JsonNode v = obj.get(name).get(key);
      if (!v.isTextual()) {
        throw fail(where + "." + name + "." + key, "not a string");
      }
      out.put(key, v.asText());
    }
    return out;
  }
}
