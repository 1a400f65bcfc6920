package dev.plimsoll.rules.image;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.image.files.HiddenFile;
import dev.plimsoll.image.format.ImageConfig.HistoryEntry;
import dev.plimsoll.image.model.HiddenBytes;
import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bytes one layer stored and a later one hid: the image carries them although no container sees
 * them. Reported on the hiding layer, naming both instructions, when a pair hides at least 1 MB
 * (smaller pairs are noise: a touched config file, a rewritten lock file).
 */
final class ImageWastedSpace implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-wasted-space",
          List.of(),
          Severity.WARNING,
          Domain.IMAGE,
          "Files a layer stores must not be deleted or overwritten by a later layer: clean up in"
              + " the instruction that made them");

  static final long THRESHOLD = 1_000_000;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    ImageAnalysis image = subject.analysis();
    for (HiddenBytes h : image.reclaimable().byLayers()) {
      if (h.bytes() < THRESHOLD || h.storedIn() == h.hiddenIn()) {
        continue;
      }
      String paths =
          String.join(", ", h.largest().stream().limit(3).map(f -> "/" + f.path()).toList());
      report.accept(
          new Problem(
              h.hiddenIn(),
              step(h.hiddenBy(), h.hiddenIn())
                  + " hides "
                  + BuildContext.humanBytes(h.bytes())
                  + " stored by "
                  + step(h.storedBy(), h.storedIn())
                  + " ("
                  + paths
                  + (h.entries() > 3 ? " and " + (h.entries() - 3) + " more" : "")
                  + "): "
                  + advice(h)));
    }
  }

  private static String advice(HiddenBytes h) {
    boolean removed = h.largest().stream().anyMatch(f -> f.how() != HiddenFile.Hiding.OVERWRITTEN);
    return removed
        ? "delete them in the same RUN that creates them, or build them in another stage"
        : "write the final content in one layer instead of overwriting it later";
  }

  private static String step(Optional<String> createdBy, int layer) {
    // Layers are counted from 1 in messages, as the report's table and docker history list them.
    String text =
        createdBy.map(c -> HistoryEntry.instruction(c, 80)).orElse("layer " + (layer + 1));
    return "`" + text + "` (layer " + (layer + 1) + ")";
  }
}
