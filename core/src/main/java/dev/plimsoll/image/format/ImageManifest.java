package dev.plimsoll.image.format;

import java.util.List;

/**
 * An image manifest (OCI image spec, manifest.md; Docker's schema 2 has the same fields).
 *
 * @param config the config blob
 * @param layers the layer blobs, base first
 */
public record ImageManifest(Descriptor config, List<Descriptor> layers) {
  public ImageManifest {
    layers = List.copyOf(layers);
  }
}
