package dev.plimsoll.rules.image;

import dev.plimsoll.context.BuildContext;
import dev.plimsoll.image.model.Leftover;
import dev.plimsoll.rules.Domain;
import dev.plimsoll.rules.RuleMeta;
import dev.plimsoll.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compilers, headers and language toolchains in the final file system (GCC, C headers, Go, Rust):
 * what a build needs and the running program does not. They weigh tens to hundreds of megabytes and
 * hand an attacker a compiler. Reported once, on the last layer that wrote them, when they add up
 * to 1 MB or more (a stray header is not a toolchain). An SDK image meant to be built on keeps them
 * on purpose: ignore the rule for those.
 */
final class ImageBuildToolsLeft implements ImageRule {
  static final RuleMeta META =
      new RuleMeta(
          "image-build-tools-left",
          List.of(),
          Severity.INFO,
          Domain.IMAGE,
          "Build in another stage: compilers and toolchains do not belong in a runtime image");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ImageSubject subject, DiveGates gates, Consumer<Problem> report) {
    List<String> found = new ArrayList<>();
    long bytes = 0;
    int layer = -1;
    for (Leftover l : subject.analysis().leftovers()) {
      if (l.kind() != Leftover.Kind.BUILD_TOOL) {
        continue;
      }
      found.add(
          l.what() + " in /" + l.location() + " (" + BuildContext.humanBytes(l.bytes()) + ")");
      bytes += l.bytes();
      layer = Math.max(layer, l.layers().isEmpty() ? -1 : l.layers().get(l.layers().size() - 1));
    }
    // The floor image-wasted-space uses too: below it, a stray header rather than a toolchain.
    if (bytes >= ImageWastedSpace.THRESHOLD) {
      report.accept(
          new Problem(
              layer,
              "the image keeps build tools, "
                  + BuildContext.humanBytes(bytes)
                  + ": "
                  + String.join(", ", found)
                  + "; build in a multi-stage build's first stage and COPY --from it only what"
                  + " runs, or remove the tools in the RUN that installed them"));
    }
  }
}
