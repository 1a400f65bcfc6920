package dev.plimsoll.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.plimsoll.BadInputException;
import dev.plimsoll.compose.yaml.Position;
import dev.plimsoll.compose.yaml.YMap;
import dev.plimsoll.compose.yaml.YNode;
import dev.plimsoll.compose.yaml.YScalar;
import dev.plimsoll.compose.yaml.YSeq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Validates a tree against the Compose Specification's JSON schema (draft-07, {@code
 * compose-spec.json} from compose-spec/compose-spec, Apache-2.0, beside this class's resources),
 * and names the first error by file, line and key: the schema's JSON pointer is walked back through
 * the tree, whose nodes keep their positions.
 */
final class SchemaCheck {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream("compose-spec.json")) {
      if (in == null) {
        throw new IllegalStateException("compose-spec.json is missing from the jar");
      }
      // Its "$id" is the relative "compose_spec.json", which the validator refuses as a base IRI;
      // every reference in it is local ("#/definitions/..."), so the id is not needed.
      ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
      schema.remove("$id");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(SchemaLocation.of("classpath:dev/plimsoll/compose/compose-spec.json"), schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void validate(YMap root) throws BadInputException {
    List<Error> errors = SCHEMA.validate(json(root));
    if (errors.isEmpty()) {
      return;
    }
    // The deepest error is the most precise; oneOf/anyOf parents come with it.
    Error e =
        errors.stream()
            .max(Comparator.comparingInt((Error x) -> x.getInstanceLocation().getNameCount()))
            .orElseThrow();
    NodePath at = e.getInstanceLocation();
    if (e.getProperty() != null
        && e.getKeyword() != null
        && e.getKeyword().equals("additionalProperties")) {
      at = at.append(e.getProperty());
    }
    StringBuilder key = new StringBuilder();
    YNode node = root;
    Position pos = root.pos();
    for (int i = 0; i < at.getNameCount(); i++) {
      Object el = at.getElement(i);
      if (el instanceof Integer index && node instanceof YSeq s && index < s.items().size()) {
        node = s.items().get(index);
        pos = node.pos();
        key.append('[').append(index).append(']');
      } else if (node instanceof YMap m) {
        String name = String.valueOf(el);
        YMap.Entry entry = m.entry(name).orElse(null);
        key.append(key.length() == 0 ? "" : ".").append(name);
        if (entry == null) {
          break;
        }
        pos = entry.keyPos();
        node = entry.value();
      }
    }
    String message = e.getMessage();
    int colon = message.indexOf(": ");
    if (message.startsWith("$") && colon > 0) {
      message = message.substring(colon + 2);
    }
    throw new BadInputException(
        pos.file(),
        pos.line(),
        (key.length() == 0 ? "" : key + ": ")
            + message.toLowerCase(Locale.ROOT).charAt(0)
            + message.substring(1));
  }

  /** The tree as JSON, with the core schema's types. */
  static JsonNode json(YNode node) {
    if (node instanceof YMap m) {
      ObjectNode out = JSON.objectNode();
      for (YMap.Entry e : m.entries()) {
        out.set(e.key(), json(e.value()));
      }
      return out;
    }
    if (node instanceof YSeq s) {
      ArrayNode out = JSON.arrayNode();
      s.items().forEach(i -> out.add(json(i)));
      return out;
    }
    YScalar s = (YScalar) node;
    try {
      return switch (s.type()) {
        case NULL -> JSON.nullNode();
        case BOOL -> JSON.booleanNode(s.value().equalsIgnoreCase("true"));
        case INT -> JSON.numberNode(new BigInteger(s.value().replace("+", "")));
        case FLOAT -> JSON.numberNode(new BigDecimal(s.value()));
        case STRING -> JSON.textNode(s.value());
      };
    } catch (NumberFormatException e) {
      return JSON.textNode(s.value());
    }
  }
}
