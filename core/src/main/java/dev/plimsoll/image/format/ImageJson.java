package dev.plimsoll.image.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plimsoll.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON documents an image is made of. Every method takes the file the document came from
 * (the archive or layout, for messages), where in it the document is ({@code index.json}, {@code
 * blobs/sha256/ab12…}) and its bytes, and refuses a malformed document with a one-line {@link
 * BadInputException} that names the field.
 */
public final class ImageJson {
  private ImageJson() {}

  /** An image index, a Docker manifest list or a layout's {@code index.json}. */
  public static ImageIndex index(String file, String where, byte[] bytes) throws BadInputException {
    Json json = new Json(file);
    JsonNode root = json.parse(where, bytes);
    List<Descriptor> manifests = new ArrayList<>();
    List<JsonNode> nodes = json.list(root, "manifests", where);
    for (JsonNode node : nodes) {
      manifests.add(descriptor(json, node, where + ": manifests[" + manifests.size() + "]"));
    }
    if (manifests.isEmpty()) {
      throw json.fail(where, "the index lists no manifests");
    }
    return new ImageIndex(manifests);
  }

  /** Whether a manifest blob whose descriptor gave no media type is in fact an index. */
  public static boolean looksLikeIndex(byte[] bytes) {
    try {
      JsonNode root = new Json("").parse("", bytes);
      return root.has("manifests") && !root.has("layers");
    } catch (BadInputException e) {
      return false;
    }
  }

  public static ImageManifest manifest(String file, String where, byte[] bytes)
      throws BadInputException {
    Json json = new Json(file);
    JsonNode root = json.parse(where, bytes);
    JsonNode config = json.field(root, "config").orElseThrow(() -> json.fail(where, "no config"));
    List<Descriptor> layers = new ArrayList<>();
    for (JsonNode node : json.list(root, "layers", where)) {
      layers.add(descriptor(json, node, where + ": layers[" + layers.size() + "]"));
    }
    return new ImageManifest(descriptor(json, config, where + ": config"), layers);
  }

  /** The entries of a {@code docker save} {@code manifest.json}: a JSON list, one per image. */
  public static List<DockerManifestEntry> dockerManifest(String file, String where, byte[] bytes)
      throws BadInputException {
    Json json = new Json(file);
    JsonNode root = json.parseAny(where, bytes);
    if (!root.isArray()) {
      throw json.fail(where, "not a list of images");
    }
    List<DockerManifestEntry> entries = new ArrayList<>();
    for (JsonNode node : root) {
      String at = where + "[" + entries.size() + "]";
      json.object(node, at);
      Map<String, Descriptor> sources = new LinkedHashMap<>();
      for (String diffId : json.keys(node, "LayerSources", at)) {
        sources.put(diffId, descriptor(json, node.get("LayerSources").get(diffId), at));
      }
      entries.add(
          new DockerManifestEntry(
              json.requiredText(node, "Config", at),
              json.strings(node, "RepoTags", at),
              json.strings(node, "Layers", at),
              sources));
    }
    if (entries.isEmpty()) {
      throw json.fail(where, "lists no images");
    }
    return entries;
  }

  /** An image config blob (OCI image spec, config.md). */
  public static ImageConfig config(String file, String where, byte[] bytes)
      throws BadInputException {
    return ConfigJson.read(new Json(file), where, bytes);
  }

  static Descriptor descriptor(Json json, JsonNode node, String where) throws BadInputException {
    json.object(node, where);
    String digest = json.requiredText(node, "digest", where);
    if (!Descriptor.isDigest(digest)) {
      throw json.fail(where, "digest \"" + digest + "\" is not a sha256 or sha512 digest");
    }
    Optional<Platform> platform = Optional.empty();
    Optional<JsonNode> p = json.field(node, "platform");
    if (p.isPresent()) {
      String at = where + ".platform";
      json.object(p.get(), at);
      platform =
          Optional.of(
              new Platform(
                  json.requiredText(p.get(), "os", at),
                  json.requiredText(p.get(), "architecture", at),
                  json.text(p.get(), "variant", at)));
    }
    return new Descriptor(
        json.text(node, "mediaType", where).orElse(""),
        digest,
        json.size(node, "size", where),
        json.stringMap(node, "annotations", where),
        platform);
  }
}
