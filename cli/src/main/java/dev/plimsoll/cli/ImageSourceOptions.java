package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.BaseSplit;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --platform} and {@code --insecure-registry}: how commands that read an image ({@code
 * image}, {@code scan}) open it, and where its base image ends.
 */
final class ImageSourceOptions {
  @Option(
      names = "--platform",
      paramLabel = "OS/ARCH",
      description = "The image of a multi-platform index to read; default linux/amd64.")
  String platform;

  @Option(
      names = "--insecure-registry",
      paramLabel = "HOST",
      description =
          "A registry reached over plain HTTP (repeatable); this machine's addresses always may be.")
  List<String> insecure = new ArrayList<>();

  ImageSource open(String spec) throws BadInputException {
    return ImageSources.open(spec, Optional.ofNullable(platform), Set.copyOf(insecure));
  }

  /**
   * The base layers: those of {@code base} (any SOURCE form) when given, whose diff IDs must begin
   * the image's; else as the history suggests.
   */
  BaseSplit split(ImageAnalysis analysis, List<HistoryEntry> history, Optional<String> base)
      throws BadInputException {
    if (base.isEmpty()) {
      return BaseSplit.inferred(analysis, history);
    }
    try (ImageSource b = open(base.get())) {
      // Only the base's config is read: its diff IDs say which layers it made.
      return BaseSplit.given(analysis, base.get(), b.config().diffIds());
    }
  }
}
