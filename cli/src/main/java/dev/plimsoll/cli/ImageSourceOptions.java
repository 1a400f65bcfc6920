package dev.plimsoll.cli;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.source.ImageSource;
import dev.plimsoll.image.source.ImageSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --platform} and {@code --insecure-registry}: how an image SOURCE is opened. */
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
}
