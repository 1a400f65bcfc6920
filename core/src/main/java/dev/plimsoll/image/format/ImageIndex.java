package dev.plimsoll.image.format;

import java.util.List;

/**
 * An image index (OCI image spec, image-index.md), or Docker's manifest list, or an OCI layout's
 * {@code index.json} (image-layout.md), which has the same shape.
 *
 * @param manifests the entries, in order: manifests, or nested indexes
 */
public record ImageIndex(List<Descriptor> manifests) {
  public ImageIndex {
    manifests = List.copyOf(manifests);
  }
}
