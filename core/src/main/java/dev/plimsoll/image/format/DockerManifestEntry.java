package dev.plimsoll.image.format;

import java.util.List;
import java.util.Map;

/**
 * One image in a {@code docker save} archive's {@code manifest.json} (moby's image spec v1.2,
 * "Combined Image JSON + Filesystem Changeset Format"). Paths are archive entries: {@code
 * <id>/layer.tar} and {@code <id>.json} before Docker 25, {@code blobs/sha256/<hex>} since.
 *
 * @param config the entry holding the image config
 * @param repoTags e.g. {@code app:1.2}; empty for an image saved by ID
 * @param layers the entries holding the layer tars, base first
 * @param layerSources descriptors of layers that are not in the archive (Windows foreign layers),
 *     by diff ID
 */
public record DockerManifestEntry(
    String config,
    List<String> repoTags,
    List<String> layers,
    Map<String, Descriptor> layerSources) {
  public DockerManifestEntry {
    repoTags = List.copyOf(repoTags);
    layers = List.copyOf(layers);
    layerSources = Map.copyOf(layerSources);
  }
}
