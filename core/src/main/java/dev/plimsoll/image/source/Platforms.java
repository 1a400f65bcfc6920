package dev.plimsoll.image.source;

import dev.plimsoll.BadInputException;
import dev.plimsoll.image.format.Descriptor;
import dev.plimsoll.image.format.Platform;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which of an index's manifests to read, as {@code docker pull --platform} would choose. */
final class Platforms {
  private Platforms() {}

  /**
   * The entry for {@code wanted}, or by default linux/amd64, or the only image there is, or the
   * first when none declares a platform (a layout's index.json listing several tags).
   *
   * @param where the index, for messages
   */
  static Descriptor choose(
      String file, String where, List<Descriptor> entries, Optional<Platform> wanted)
      throws BadInputException {
    // BuildKit stores provenance and SBOM attestations as manifests for platform unknown/unknown,
    // marked with vnd.docker.reference.type (BuildKit docs, "Attestation storage").
    List<Descriptor> images =
        entries.stream()
            .filter(d -> !d.annotations().containsKey("vnd.docker.reference.type"))
            .filter(d -> d.platform().map(p -> !p.os().equals("unknown")).orElse(true))
            .toList();
    if (images.isEmpty()) {
      throw new BadInputException(file, where + ": no image manifests, only attestations");
    }
    if (images.stream().allMatch(d -> d.platform().isEmpty())) {
      return images.get(0);
    }
    Platform target = wanted.orElse(Platform.DEFAULT);
    for (Descriptor d : images) {
      if (d.platform().filter(p -> p.serves(target)).isPresent()) {
        return d;
      }
    }
    if (wanted.isEmpty() && images.size() == 1) {
      return images.get(0);
    }
    String held =
        images.stream()
            .map(d -> d.platform().map(Platform::toString).orElse("no platform"))
            .collect(Collectors.joining(", "));
    throw new BadInputException(file, where + ": no image for " + target + "; it holds " + held);
  }
}
