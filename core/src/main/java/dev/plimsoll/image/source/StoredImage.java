package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** An image whose blobs are files of a {@link BlobStore}: an archive or a layout folder. */
final class StoredImage implements ImageSource {
  /**
   * A layer and where it is stored.
   *
   * @param entry the file in the store
   * @param storedDigest the digest the stored bytes must have, when the format names one (a pre-25
   *     {@code docker save} names a layer by a v1 ID, not by its content)
   */
  record StoredLayer(LayerBlob blob, String entry, Optional<String> storedDigest) {}

  private final String name;
  private final BlobStore store;
  private final List<String> tags;
  private final String configDigest;
  private final ImageConfig config;
  private final List<StoredLayer> layers;

  StoredImage(
      String name,
      BlobStore store,
      List<String> tags,
      String configDigest,
      ImageConfig config,
      List<StoredLayer> layers)
      throws BadInputException {
    if (config.diffIds().size() != layers.size()) {
      // config.md: diff_ids holds one digest per layer, in the manifest's order.
      throw new BadInputException(
          store.file(),
          "the config lists "
              + config.diffIds().size()
              + " diff_ids but the manifest "
              + layers.size()
              + " layers");
    }
    this.name = name;
    this.store = store;
    this.tags = List.copyOf(tags);
    this.configDigest = configDigest;
    this.config = config;
    this.layers = List.copyOf(layers);
  }

  /** The same image known by {@code tags} (those the Docker Engine gives, not the archive's). */
  StoredImage withTags(List<String> tags) throws BadInputException {
    return new StoredImage(name, store, tags, configDigest, config, layers);
  }

  /** Refuses a small blob, read whole, whose bytes do not hash to the digest that names it. */
  static void checkDigest(BlobStore store, String entry, byte[] bytes, String digest)
      throws BadInputException {
    String actual = VerifyingInputStream.digestOf(bytes, digest);
    if (!actual.equals(digest)) {
      throw new BadInputException(
          store.file(), entry + ": content hashes to " + actual + ", not " + digest + " as named");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> tags() {
    return tags;
  }

  @Override
  public String configDigest() {
    return configDigest;
  }

  @Override
  public ImageConfig config() {
    return config;
  }

  @Override
  public List<LayerBlob> layers() {
    return layers.stream().map(StoredLayer::blob).toList();
  }

  @Override
  public InputStream openLayer(int index) throws BadInputException {
    StoredLayer layer = layers.get(index);
    String what = "layer " + index + " (" + layer.entry() + ")";
    InputStream raw = store.open(layer.entry());
    InputStream stored =
        layer.storedDigest().isPresent()
            ? new VerifyingInputStream(raw, layer.storedDigest().get(), store.file() + ": " + what)
            : raw;
    return LayerStreams.decode(
        stored, layer.storedDigest(), layer.blob().diffId(), store.file(), what);
  }

  @Override
  public void close() {
    store.close();
  }
}
