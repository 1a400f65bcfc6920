package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.DockerManifestEntry;
import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageJson;
import dev.plimsoll.image.format.MediaTypes;
import dev.plimsoll.image.source.StoredImage.StoredLayer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code docker save} archive, read through its {@code manifest.json} (moby image spec v1.2).
 * Both layouts Docker writes: before 25, {@code <id>/layer.tar} (uncompressed) and {@code <image
 * id>.json}; from 25 on, an OCI layout whose {@code manifest.json} names {@code blobs/sha256/<hex>}
 * files. Other writers (kaniko, crane) name layers {@code <digest>.tar.gz}.
 */
final class DockerArchive {
  static final String MANIFEST = "manifest.json";

  /**
   * Entry names that carry the content's digest: {@code blobs/sha256/<hex>}, {@code <hex>.json}.
   */
  private static final Pattern DIGEST_NAME =
      Pattern.compile("(?:.*/)?(?:sha256:)?([a-f0-9]{64})(?:\\.json|\\.tar|\\.tar\\.gz)?");

  private DockerArchive() {}

  /**
   * Reads manifest.json and the config of one of its images.
   *
   * @param tag the image to take when the archive holds several ({@code app:1.2}); the first when
   *     empty
   */
  static StoredImage open(String name, BlobStore store, Optional<String> tag)
      throws BadInputException {
    String file = store.file();
    if (!store.has(MANIFEST)) {
      throw new BadInputException(file, "no manifest.json: not a docker save archive");
    }
    List<DockerManifestEntry> images =
        ImageJson.dockerManifest(file, MANIFEST, store.read(MANIFEST));
    DockerManifestEntry image = pick(file, images, tag);
    String configEntry = BlobStore.entryName(file, MANIFEST + ": Config", image.config());
    requirePresent(store, configEntry, MANIFEST + ": Config");
    byte[] configBytes = store.read(configEntry);
    // The image ID is the config's sha256 (moby image spec v1.2), whatever the entry is called.
    String configDigest = VerifyingInputStream.digestOf(configBytes, "sha256:");
    Optional<String> named = digestInName(configEntry);
    if (named.isPresent()) {
      StoredImage.checkDigest(store, configEntry, configBytes, named.get());
    }
    ImageConfig config = ImageJson.config(file, configEntry, configBytes);
    List<StoredLayer> layers = new ArrayList<>();
    for (String layerName : image.layers()) {
      int i = layers.size();
      String where = MANIFEST + ": Layers[" + i + "]";
      String entry = BlobStore.entryName(file, where, layerName);
      requirePresent(store, entry, where);
      Optional<String> diffId =
          i < config.diffIds().size() ? Optional.of(config.diffIds().get(i)) : Optional.empty();
      Optional<String> stored = digestInName(entry);
      // A pre-25 layer.tar is the uncompressed diff itself, so its digest is its diff ID.
      String digest = stored.or(() -> diffId).orElse("");
      layers.add(
          new StoredLayer(
              new LayerBlob(digest, mediaType(store, entry), store.size(entry), diffId),
              entry,
              stored));
    }
    return new StoredImage(name, store, image.repoTags(), configDigest, config, layers);
  }

  private static DockerManifestEntry pick(
      String file, List<DockerManifestEntry> images, Optional<String> tag)
      throws BadInputException {
    if (tag.isEmpty()) {
      return images.get(0);
    }
    String wanted = tag.get().contains(":") ? tag.get() : tag.get() + ":latest";
    List<String> all = new ArrayList<>();
    for (DockerManifestEntry image : images) {
      if (image.repoTags().contains(wanted)
          || image.repoTags().contains("docker.io/library/" + wanted)) {
        return image;
      }
      all.addAll(image.repoTags());
    }
    throw new BadInputException(
        file,
        "no image tagged " + wanted + " in manifest.json; it holds " + String.join(", ", all));
  }

  static void requirePresent(BlobStore store, String entry, String where) throws BadInputException {
    if (!store.has(entry)) {
      throw new BadInputException(
          store.file(), where + " names " + entry + ", which the archive does not hold");
    }
  }

  static Optional<String> digestInName(String entry) {
    Matcher m = DIGEST_NAME.matcher(entry);
    return m.matches() ? Optional.of("sha256:" + m.group(1)) : Optional.empty();
  }

  /** Docker's manifest.json gives no media types; the first bytes tell the compression. */
  private static String mediaType(BlobStore store, String entry) throws BadInputException {
    try (InputStream in = store.open(entry)) {
      return switch (LayerStreams.sniff(in.readNBytes(4))) {
        case GZIP -> MediaTypes.DOCKER_LAYER_GZIP;
        case ZSTD -> MediaTypes.OCI_LAYER_ZSTD;
        case NONE -> MediaTypes.DOCKER_LAYER;
      };
    } catch (IOException e) {
      throw new BadInputException(store.file(), entry + ": cannot read: " + e.getMessage());
    }
  }
}
