package dev.plimsoll.image.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig.ContainerConfig;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An image config blob into {@link ImageConfig}. Field names follow the OCI image spec (config.md),
 * which kept Docker's: lower case at the top ({@code architecture}, {@code rootfs.diff_ids}), Go's
 * capitalised names inside {@code config} ({@code Env}, {@code Cmd}).
 */
final class ConfigJson {
  private ConfigJson() {}

  static ImageConfig read(Json json, String where, byte[] bytes) throws BadInputException {
    JsonNode root = json.parse(where, bytes);
    List<HistoryEntry> history = new ArrayList<>();
    for (JsonNode h : json.list(root, "history", where)) {
      String at = where + ": history[" + history.size() + "]";
      json.object(h, at);
      history.add(
          new HistoryEntry(
              json.text(h, "created", at),
              json.text(h, "created_by", at).orElse(""),
              json.bool(h, "empty_layer", at),
              json.text(h, "comment", at)));
    }
    List<String> diffIds = List.of();
    Optional<JsonNode> rootfs = json.field(root, "rootfs");
    if (rootfs.isPresent()) {
      diffIds = json.strings(json.object(rootfs.get(), where + ": rootfs"), "diff_ids", where);
      for (String d : diffIds) {
        if (!Descriptor.isDigest(d)) {
          throw json.fail(where, "rootfs.diff_ids: \"" + d + "\" is not a digest");
        }
      }
    }
    // config.md makes architecture and os required; Docker has always written both. Old builders
    // that did not are still images, so absent reads as empty rather than as an error.
    return new ImageConfig(
        json.text(root, "architecture", where).orElse(""),
        json.text(root, "os", where).orElse(""),
        json.text(root, "variant", where),
        json.text(root, "created", where),
        container(json, json.field(root, "config"), where + ": config"),
        history,
        diffIds);
  }

  private static ContainerConfig container(Json json, Optional<JsonNode> node, String where)
      throws BadInputException {
    JsonNode c =
        node.isPresent() ? json.object(node.get(), where) : JsonNodeFactory.instance.objectNode();
    Optional<List<String>> healthcheck = Optional.empty();
    Optional<JsonNode> h = json.field(c, "Healthcheck");
    if (h.isPresent()) {
      List<String> test = json.strings(json.object(h.get(), where), "Test", where + ".Healthcheck");
      healthcheck = test.isEmpty() ? Optional.empty() : Optional.of(test);
    }
    return new ContainerConfig(
        nonEmpty(json.text(c, "User", where)),
        json.strings(c, "Env", where),
        commandLine(json, c, "Entrypoint", where),
        commandLine(json, c, "Cmd", where),
        nonEmpty(json.text(c, "WorkingDir", where)),
        json.keys(c, "ExposedPorts", where),
        json.keys(c, "Volumes", where),
        json.stringMap(c, "Labels", where),
        nonEmpty(json.text(c, "StopSignal", where)),
        healthcheck);
  }

  /** Docker's strslice reads a bare string as a one-word list, and old images hold some. */
  private static List<String> commandLine(Json json, JsonNode c, String name, String where)
      throws BadInputException {
    Optional<JsonNode> v = json.field(c, name);
    if (v.isPresent() && v.get().isTextual()) {
      return List.of(v.get().asText());
    }
    return json.strings(c, name, where);
  }

  private static Optional<String> nonEmpty(Optional<String> text) {
    return text.filter(t -> !t.isEmpty());
  }
}
