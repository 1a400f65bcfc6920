package dev.plimsoll.rules.image;

import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.ImageAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * What the image rules look at: the analysed layers and file system, the image's configuration, and
 * the names it was given.
 *
 * @param analysis the layers, figures and final file system
 * @param config the image's configuration (user, healthcheck, environment, history)
 * @param tags the references the source knows it by, e.g. {@code app:1.2}
 */
public record ImageSubject(ImageAnalysis analysis, ImageConfig config, List<String> tags) {
  public ImageSubject {
    tags = List.copyOf(tags);
  }

  /**
   * One entry of the image history and the layer it made.
   *
   * @param layer 0-based, or -1 for an instruction that made none (ENV, CMD, an empty RUN)
   */
  record Step(HistoryEntry entry, int layer) {}

  /** The history, oldest first, each entry with its layer ({@link ImageConfig#layerOfEachStep}). */
  List<Step> steps() {
    List<Integer> layers = config.layerOfEachStep(analysis.layers().size());
    List<Step> out = new ArrayList<>(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      out.add(new Step(config.history().get(i), layers.get(i)));
    }
    return out;
  }
}
