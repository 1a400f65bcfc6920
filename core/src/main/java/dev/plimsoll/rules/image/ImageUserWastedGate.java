package dev.plimsoll.rules.image;

import dev.plimsoll.image.model.ImageAnalysis;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * dive's {@code highestUserWastedPercent} gate: the share of the user layers' bytes wasted must not
 * exceed it.
 */
final class ImageUserWastedGate implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-user-wasted-share",
          List.of("highestUserWastedPercent"),
          Severity.ERROR,
          Domain.IMAGE,
          "The share of the user layers wasted (dive's figure) must not exceed the"
              + " highestUserWastedPercent gate");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    ImageAnalysis image = subject.analysis();
    double share = image.dive().userWastedPercent();
    gates
        .highestUserWastedPercent()
        .ifPresent(
            t -> {
              if (t < share) {
                report.accept(
                    new Problem(
                        -1,
                        "too many bytes wasted, relative to the user bytes added"
                            + " (%-user-wasted-bytes="
                            + share
                            + " > threshold="
                            + t
                            + ")"));
              }
            });
  }
}
