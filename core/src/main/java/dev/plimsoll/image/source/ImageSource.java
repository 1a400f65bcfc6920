package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig;
import java.io.InputStream;
import java.util.List;

/**
 * An image, wherever it is: a {@code docker save} archive, an OCI layout or archive, a registry, a
 * Docker Engine. Opened by {@code ImageSources.open("docker-archive:app.tar")}; closed when done.
 * Every blob is checked against its digest as it is read: a stream whose bytes do not match fails
 * at its end with a {@link BlobDigestException}, before anything built from it is reported.
 */
public interface ImageSource extends AutoCloseable {
  /** The image as the user named it, for messages: {@code docker-archive:app.tar}. */
  String name();

  /** The references the source knows the image by ({@code app:1.2}), when it knows any. */
  List<String> tags();

  /** The digest of the config blob: the image ID. */
  String configDigest();

  ImageConfig config();

  /** The layers, base first. */
  List<LayerBlob> layers();

  /**
   * The uncompressed tar of layer {@code index} (gzip, zstd and plain tar are told apart by their
   * first bytes), streamed from the stored bytes. The caller reads it once, to the end, and closes
   * it; the digest of the stored bytes (and the diff ID, when known) is checked at the end. A
   * stream that cannot be decompressed (a gzip cut short) fails with {@link BlobDecodeException}.
   *
   * @throws BadInputException when the layer cannot be opened (missing blob, unknown compression)
   */
  InputStream openLayer(int index) throws BadInputException;

  @Override
  void close();
}
