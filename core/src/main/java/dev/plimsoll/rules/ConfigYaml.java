package dev.plimsoll.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.plimsoll.BadInputException;
import dev.plimsoll.BoundedFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A configuration file's bytes to a YAML tree, refusing what a configuration never needs and an
 * attacker would: huge files, deep nesting, aliases, tags, duplicate keys, more than one document.
 *
 * <p>Jackson reads YAML through SnakeYAML's event parser, not its composer, so SnakeYAML's own
 * alias-bomb guard (maxAliasesForCollections) never runs: Jackson turns an alias into the anchor's
 * <em>name</em> as a string, which would make {@code ignore: *rules} silently ignore a rule called
 * "rules". Aliases are refused for that reason, not for memory. Tags are refused because Jackson
 * drops most of them silently ({@code !!int x} reads as the string "x"); nothing here ever
 * instantiates a tagged class, as there is no typed binding.
 *
 * <p>Public because {@code plimsoll check} reads compose files' {@code build:} keys with the same
 * guards; the configuration's wording in error messages is kept.
 */
public final class ConfigYaml {
  /**
   * A real configuration is a few hundred bytes; 1 MiB bounds memory and parse time (SnakeYAML
   * needs about a second per MiB of a single scalar).
   */
  static final int MAX_BYTES = 1 << 20;

  /**
   * Plimsoll's and hadolint's files nest three levels (override.error[0]); 32 is generous and keeps
   * Jackson's tree building far from a stack overflow.
   */
  private static final int MAX_DEPTH = 32;

  private static final ObjectMapper MAPPER = new ObjectMapper(factory());

  private ConfigYaml() {}

  private static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    // Enforced by SnakeYAML's reader, which Jackson does use: the whole file, in code points.
    loader.setCodePointLimit(MAX_BYTES);
    // The next three only guard SnakeYAML's composer, which Jackson bypasses today; set anyway so
    // that a future Jackson that composes cannot quietly lose the protection.
    loader.setMaxAliasesForCollections(0);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setAllowDuplicateKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_BYTES)
                .maxStringLength(MAX_BYTES)
                .maxNameLength(MAX_BYTES)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** The file's single YAML document; empty when the file holds none (or only {@code null}). */
  public static Optional<JsonNode> read(Path path) throws BadInputException {
    String name = path.toString();
    byte[] bytes =
        BoundedFiles.read(
            path, MAX_BYTES, "configuration file is larger than 1 MiB; is it the right file?");
    return parse(name, decode(name, bytes));
  }

  /** Strict UTF-8, as YAML 1.2 requires of a file without a UTF-16/32 byte-order mark. */
  private static String decode(String name, byte[] bytes) throws BadInputException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      int offset = in.position();
      throw new BadInputException(
          name, lineOf(bytes, offset), String.format("not valid UTF-8 at offset %d", offset));
    }
  }

  static Optional<JsonNode> parse(String name, String text) throws BadInputException {
    try {
      refuseUnsupported(name, text);
      JsonNode root = MAPPER.readTree(text);
      return root == null || root.isMissingNode() || root.isNull()
          ? Optional.empty()
          : Optional.of(root);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      throw new BadInputException(
          name, at == null ? 0 : Math.max(0, at.getLineNr()), "not valid YAML: " + first);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /** One pass over the events for what the tree would silently lose. */
  private static void refuseUnsupported(String name, String text)
      throws IOException, BadInputException {
    try (YAMLParser p = (YAMLParser) MAPPER.createParser(text)) {
      int depth = 0;
      boolean rootDone = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int line = p.currentTokenLocation().getLineNr();
        if (rootDone) {
          throw new BadInputException(name, line, "more than one YAML document; keep one");
        }
        if (p.isCurrentAlias()) {
          throw new BadInputException(
              name,
              line,
              "YAML aliases (*" + ConfigValues.shown(p.getText()) + ") are not supported");
        }
        String tag = p.getTypeId();
        if (tag != null) {
          throw new BadInputException(
              name, line, "YAML tags (" + ConfigValues.shown(tag) + ") are not supported");
        }
        depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        rootDone = depth == 0;
      }
    }
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
