package dev.plimsoll.rules.image;

import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.List;
import java.util.function.Consumer;

/** No HEALTHCHECK, or one turned off with NONE (dockle CIS-DI-0006). */
final class ImageHealthcheckMissing implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-healthcheck-missing",
          List.of("CIS-DI-0006"),
          Severity.INFO,
          Domain.IMAGE,
          "The image should have a HEALTHCHECK");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> test = subject.config().config().healthcheck().orElse(List.of());
    if (test.isEmpty() || test.get(0).equalsIgnoreCase("NONE")) {
      report.accept(
          new Problem(
              -1,
              "the image has no HEALTHCHECK, so Docker cannot tell a hung container from a"
                  + " healthy one: add HEALTHCHECK CMD with a probe the image holds"));
    }
  }
}
