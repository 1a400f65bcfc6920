package dev.plimsoll.image.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageIndex;
import dev.plimsoll.image.format.ImageJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A registry seen as an OCI image layout, so that one reader ({@link OciLayout}) serves both: the
 * manifest a tag names becomes the layout's {@code index.json}, and {@code blobs/sha256/HEX} is
 * fetched from the registry, as a manifest when an index named it so, else as a blob. Manifests and
 * configs are checked against their digests by the layout reader, layers as they stream.
 */
final class RegistryStore implements BlobStore {
  private static final String BLOBS = "blobs/";

  private final RegistryRef ref;
  private final RegistryClient client;
  private final byte[] index;

  /** Manifests fetched so far, by digest; an index's children are fetched as manifests. */
  private final Map<String, byte[]> manifests = new HashMap<>();

  private RegistryStore(RegistryRef ref, RegistryClient client, byte[] index) {
    this.ref = ref;
    this.client = client;
    this.index = index.clone();
  }

  static RegistryStore open(RegistryRef ref, boolean plainHttp) throws BadInputException {
    RegistryClient client =
        new RegistryClient(
            ref, new RegistryCredentials(System.getenv()).forHost(ref.host()), plainHttp);
    RegistryClient.Manifest top = client.manifest(ref.reference());
    // Built as a tree, not by concatenation: a tag or media type is the registry's text.
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", 2);
    ObjectNode d = root.putArray("manifests").addObject();
    d.put("mediaType", top.mediaType());
    d.put("digest", top.digest());
    d.put("size", top.body().length);
    d.putObject("annotations").put("org.opencontainers.image.ref.name", ref.tag());
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always writes", e);
    }
    RegistryStore store = new RegistryStore(ref, client, json);
    store.remember(top.digest(), top.body());
    return store;
  }

  private void remember(String digest, byte[] body) {
    manifests.put(digest, body);
    if (ImageJson.looksLikeIndex(body)) {
      try {
        ImageIndex i = ImageJson.index(file(), digest, body);
        i.manifests().forEach(d -> manifests.putIfAbsent(d.digest(), null));
      } catch (BadInputException e) {
        // The layout reader parses it again and reports what is wrong, with the right name.
      }
    }
  }

  @Override
  public String file() {
    return ref.toString();
  }

  @Override
  public boolean has(String entry) {
    return entry.equals(OciLayout.MARKER)
        || entry.equals(OciLayout.INDEX)
        || digest(entry).isPresent();
  }

  @Override
  public long size(String entry) throws BadInputException {
    if (entry.equals(OciLayout.INDEX)) {
      return index.length;
    }
    if (entry.equals(OciLayout.MARKER)) {
      return 0;
    }
    String digest =
        digest(entry).orElseThrow(() -> new BadInputException(file(), entry + ": not a blob"));
    if (manifests.containsKey(digest)) {
      return manifest(digest).length;
    }
    return client.blobSize(digest);
  }

  @Override
  public InputStream open(String entry) throws BadInputException {
    if (entry.equals(OciLayout.INDEX)) {
      return new ByteArrayInputStream(index);
    }
    if (entry.equals(OciLayout.MARKER)) {
      return new ByteArrayInputStream(new byte[0]);
    }
    String digest =
        digest(entry).orElseThrow(() -> new BadInputException(file(), entry + ": not a blob"));
    if (manifests.containsKey(digest)) {
      return new ByteArrayInputStream(manifest(digest));
    }
    return client.blob(digest);
  }

  private byte[] manifest(String digest) throws BadInputException {
    byte[] known = manifests.get(digest);
    if (known == null) {
      known = client.manifest(digest).body();
      remember(digest, known);
    }
    return known;
  }

  /** {@code blobs/sha256/HEX} as {@code sha256:HEX}. */
  private static Optional<String> digest(String entry) {
    if (!entry.startsWith(BLOBS)) {
      return Optional.empty();
    }
    String[] parts = entry.substring(BLOBS.length()).split("/", -1);
    return parts.length == 2 && parts[0].matches("sha256|sha512") && parts[1].matches("[0-9a-f]+")
        ? Optional.of(parts[0] + ":" + parts[1])
        : Optional.empty();
  }

  @Override
  public void close() {
    // Nothing held open: each blob is its own request.
  }
}
