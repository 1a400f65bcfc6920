package dev.plimsoll.rules.image;

import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/** dive's {@code highestWastedBytes} gate: the wasted bytes must not exceed it. */
final class ImageWastedBytesGate implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-wasted-bytes",
          List.of("highestWastedBytes"),
          Severity.ERROR,
          Domain.IMAGE,
          "The image's wasted bytes (dive's figure) must not exceed the highestWastedBytes gate");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    ImageAnalysis image = subject.analysis();
    long wasted = image.dive().wastedBytes();
    gates
        .highestWastedBytes()
        .ifPresent(
            t -> {
              if (t < wasted) {
                report.accept(
                    new Problem(
                        -1,
                        "too many bytes wasted (wasted-bytes="
                            + wasted
                            + " > threshold="
                            + t
                            + ")"));
              }
            });
  }
}
