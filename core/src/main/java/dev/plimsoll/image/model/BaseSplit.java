package dev.plimsoll.image.model;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image's figures split into the layers of its base image and the layers built on it. dive
 * treats only the first layer as the base; a base image often has several (node on Debian has
 * five), and the bytes a team can change are only in its own.
 *
 * @param baseLayers how many layers, from the first, are the base image's
 * @param basis how the split was found: {@link Basis#GIVEN} (the base's layers are a prefix of the
 *     image's), {@link Basis#HISTORY} or {@link Basis#FIRST_LAYER}
 * @param baseImage the base as the user named it, when given
 * @param base the base layers' figures
 * @param own the figures of the layers built on the base
 * @param ownReclaimableBytes bytes stored in your layers and hidden by later ones: a rebuild saves
 *     them
 * @param baseBytesHidden bytes of the base that your layers hide (delete, overwrite): they still
 *     ship, and only a different base removes them
 */
public record BaseSplit(
    int baseLayers,
    Basis basis,
    Optional<String> baseImage,
    Side base,
    Side own,
    long ownReclaimableBytes,
    long baseBytesHidden) {

  /** How the base was found. */
  public enum Basis {
    /** {@code --base IMAGE}: its layers' diff IDs begin the image's. */
    GIVEN,
    /** The history's last CMD or ENTRYPOINT before the final layers: where a base image ends. */
    HISTORY,
    /** No better clue: the first layer, as dive has it. */
    FIRST_LAYER
  }

  /**
   * One side's figures.
   *
   * @param layers how many layers
   * @param bytes dive's size of them (the entries' sizes)
   * @param compressedBytes their stored size
   * @param files their entries other than folders and whiteouts
   */
  public record Side(int layers, long bytes, long compressedBytes, long files) {}

  /**
   * A {@code CMD} or {@code ENTRYPOINT} entry: every base image ends its Dockerfile with one, and a
   * build on it rarely has one before its last layer.
   */
  private static final Pattern ENDS_IMAGE =
      Pattern.compile("^(?:/bin/sh -c #\\(nop\\)\\s*)?(?:CMD|ENTRYPOINT)\\b");

  /**
   * The split when the base is given: its layers' diff IDs must begin the image's.
   *
   * @param baseName the base as the user named it, for messages
   * @param baseDiffIds the base image's {@code rootfs.diff_ids}
   * @throws BadInputException when the image is not built on that base
   */
  public static BaseSplit given(ImageAnalysis analysis, String baseName, List<String> baseDiffIds)
      throws BadInputException {
    List<LayerSummary> layers = analysis.layers();
    if (baseDiffIds.size() > layers.size()) {
      throw new BadInputException(
          baseName,
          "not the base of "
              + analysis.image()
              + ": it has "
              + baseDiffIds.size()
              + " layers, the image "
              + layers.size());
    }
    for (int i = 0; i < baseDiffIds.size(); i++) {
      Optional<String> diffId = layers.get(i).diffId();
      if (diffId.isEmpty() || !diffId.get().equals(baseDiffIds.get(i))) {
        throw new BadInputException(
            baseName,
            "not the base of "
                + analysis.image()
                + ": its layer "
                + (i + 1)
                + " ("
                + baseDiffIds.get(i)
                + ") is not the image's ("
                + diffId.orElse("no diff ID")
                + ")");
      }
    }
    return of(analysis, baseDiffIds.size(), Basis.GIVEN, Optional.of(baseName));
  }

  /**
   * The split the history suggests: the layers up to the last {@code CMD} or {@code ENTRYPOINT}
   * that a layer follows; else the first layer, as dive has it.
   */
  public static BaseSplit inferred(ImageAnalysis analysis, List<HistoryEntry> history) {
    int layers = analysis.layers().size();
    int seen = 0;
    int lastEnd = -1;
    int boundary = -1;
    for (HistoryEntry entry : history) {
      if (!entry.emptyLayer()) {
        seen++;
        // A layer after a CMD: the CMD ended a base image. A CMD after the last layer ends the
        // image itself and never becomes the boundary.
        if (lastEnd >= 0) {
          boundary = lastEnd;
        }
      } else if (ENDS_IMAGE.matcher(entry.createdBy().strip()).find()) {
        lastEnd = seen;
      }
    }
    if (boundary > 0 && boundary < layers) {
      return of(analysis, boundary, Basis.HISTORY, Optional.empty());
    }
    return of(analysis, Math.min(1, layers), Basis.FIRST_LAYER, Optional.empty());
  }

  private static BaseSplit of(
      ImageAnalysis analysis, int baseLayers, Basis basis, Optional<String> baseImage) {
    List<LayerSummary> layers = analysis.layers();
    Side base = side(layers.subList(0, baseLayers));
    Side own = side(layers.subList(baseLayers, layers.size()));
    long ownReclaimable = 0;
    long baseHidden = 0;
    for (HiddenBytes h : analysis.reclaimable().byLayers()) {
      if (h.storedIn() >= baseLayers) {
        ownReclaimable += h.bytes();
      } else if (h.hiddenIn() >= baseLayers) {
        baseHidden += h.bytes();
      }
    }
    return new BaseSplit(baseLayers, basis, baseImage, base, own, ownReclaimable, baseHidden);
  }

  private static Side side(List<LayerSummary> layers) {
    long bytes = 0;
    long compressed = 0;
    long files = 0;
    for (LayerSummary l : layers) {
      bytes += l.contentSize();
      compressed += l.compressedSize();
      files += l.fileCount();
    }
    return new Side(layers.size(), bytes, compressed, files);
  }
}
