package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.Descriptor;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageIndex;
import dev.plimsoll.image.format.ImageJson;
import dev.plimsoll.image.format.ImageManifest;
import dev.plimsoll.image.format.Platform;
import dev.plimsoll.image.source.StoredImage.StoredLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OCI image layout (OCI image spec, image-layout.md), in a folder or a tar: {@code oci-layout},
 * {@code index.json}, and {@code blobs/<alg>/<hex>}. From {@code index.json} down through nested
 * indexes to one manifest, by reference and then by platform.
 */
final class OciLayout {
  static final String INDEX = "index.json";
  static final String MARKER = "oci-layout";

  /** Deeper than any writer nests (an index of indexes); a cycle of indexes stops here. */
  private static final int MAX_DEPTH = 8;

  private OciLayout() {}

  /**
   * Reads the index down to one image's manifest and config.
   *
   * @param ref a tag ({@code org.opencontainers.image.ref.name}) or a manifest digest; empty to
   *     take the one image of the layout
   * @param platform the platform wanted; empty for linux/amd64 or the only one there is
   */
  static StoredImage open(
      String name, BlobStore store, Optional<String> ref, Optional<Platform> platform)
      throws BadInputException {
    String file = store.file();
    if (!store.has(MARKER) || !store.has(INDEX)) {
      throw new BadInputException(
          file, "no " + (store.has(MARKER) ? INDEX : MARKER) + ": not an OCI image layout");
    }
    ImageIndex top = ImageJson.index(file, INDEX, store.read(INDEX));
    List<Descriptor> candidates = top.manifests();
    if (ref.isPresent()) {
      candidates = candidates.stream().filter(d -> names(d, ref.get())).toList();
      if (candidates.isEmpty()) {
        throw new BadInputException(file, INDEX + ": no image named " + ref.get());
      }
    }
    Descriptor chosen = Platforms.choose(file, INDEX, candidates, platform);
    List<String> tags = chosen.refName().stream().toList();
    for (int depth = 0; chosen.isIndex() || looksLikeIndex(store, chosen); depth++) {
      if (depth == MAX_DEPTH) {
        throw new BadInputException(file, chosen.digest() + ": indexes nest too deep");
      }
      String where = chosen.blobPath();
      ImageIndex index = ImageJson.index(file, where, readBlob(store, chosen));
      chosen = Platforms.choose(file, where, index.manifests(), platform);
    }
    ImageManifest manifest = ImageJson.manifest(file, chosen.blobPath(), readBlob(store, chosen));
    Descriptor configBlob = manifest.config();
    ImageConfig config = ImageJson.config(file, configBlob.blobPath(), readBlob(store, configBlob));
    List<StoredLayer> layers = new ArrayList<>();
    for (Descriptor d : manifest.layers()) {
      int i = layers.size();
      checkStored(store, d);
      Optional<String> diffId =
          i < config.diffIds().size() ? Optional.of(config.diffIds().get(i)) : Optional.empty();
      layers.add(
          new StoredLayer(
              new LayerBlob(d.digest(), d.mediaType(), d.size(), diffId),
              d.blobPath(),
              Optional.of(d.digest())));
    }
    return new StoredImage(name, store, tags, configBlob.digest(), config, layers);
  }

  private static boolean names(Descriptor d, String ref) {
    if (ref.startsWith("sha256:") || ref.startsWith("sha512:")) {
      return d.digest().equals(ref);
    }
    // containerd (and so Docker 25's docker save) also writes io.containerd.image.name, the full
    // reference; the ref.name annotation holds only the tag.
    String full = d.annotations().getOrDefault("io.containerd.image.name", "");
    return d.refName().filter(ref::equals).isPresent() || full.equals(ref);
  }

  /** A descriptor without a media type (allowed before image-spec 1.1) may point at an index. */
  private static boolean looksLikeIndex(BlobStore store, Descriptor d) throws BadInputException {
    return d.mediaType().isEmpty() && ImageJson.looksLikeIndex(readBlob(store, d));
  }

  /** The blob must be there with the declared size, before anything is read from it. */
  private static void checkStored(BlobStore store, Descriptor d) throws BadInputException {
    String entry = d.blobPath();
    if (!store.has(entry)) {
      throw new BadInputException(
          store.file(),
          d.digest() + " is named by a manifest but the layout does not hold " + entry);
    }
    long size = store.size(entry);
    if (size != d.size()) {
      throw new BadInputException(
          store.file(), entry + ": " + size + " bytes, but its descriptor says " + d.size());
    }
  }

  /** A manifest, index or config blob, read whole and checked against its digest. */
  static byte[] readBlob(BlobStore store, Descriptor d) throws BadInputException {
    checkStored(store, d);
    byte[] bytes = store.read(d.blobPath());
    StoredImage.checkDigest(store, d.blobPath(), bytes, d.digest());
    return bytes;
  }
}
