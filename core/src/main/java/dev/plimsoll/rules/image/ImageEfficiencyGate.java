package dev.plimsoll.rules.image;

import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/** dive's {@code lowestEfficiency} gate: the image's efficiency must not be below it. */
final class ImageEfficiencyGate implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-efficiency",
          List.of("lowestEfficiency"),
          Severity.ERROR,
          Domain.IMAGE,
          "The image's efficiency (dive's figure) must not be below the lowestEfficiency gate");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    ImageAnalysis image = subject.analysis();
    double efficiency = image.dive().efficiency();
    gates
        .lowestEfficiency()
        .ifPresent(
            t -> {
              // dive: threshold > efficiency fails.
              if (t > efficiency) {
                report.accept(
                    new Problem(
                        -1,
                        "image efficiency is too low (efficiency="
                            + efficiency
                            + " < threshold="
                            + t
                            + ")"));
              }
            });
  }
}
