package dev.plimsoll.rules.image;

import dev.plimsoll.image.format.ImageConfig;
import dev.plimsoll.image.model.ImageAnalysis;
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
}
